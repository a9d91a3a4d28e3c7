package dev.perfsheriff.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The bot's own meters, each named once here (and in the README's metrics table): the modules call
 * one method where the thing happens, and {@code /actuator/prometheus} shows it as {@code
 * perfsheriff_…}. Tags are few and bounded (platforms, action ids, outcomes, repositories, jobs).
 */
@Component
public class BotMetrics {

  public static final String SUMMARIES_ANNOUNCED = "perfsheriff.summaries.announced";
  public static final String ACTIONS = "perfsheriff.actions";
  public static final String ACK_LATENCY = "perfsheriff.ack.latency";
  public static final String POLL_LAG = "perfsheriff.poll.lag";
  public static final String POLL_LAST_SUCCESS = "perfsheriff.poll.last.success";
  public static final String CHAT_POSTS = "perfsheriff.chat.posts";
  public static final String TASKCLUSTER_TRIGGERS = "perfsheriff.taskcluster.triggers";
  public static final String SCHEDULED_RUNS = "perfsheriff.scheduled.runs";
  public static final String NOTES_MIRRORED = "perfsheriff.notes.mirrored";

  private static final String NOTES_DESCRIPTION =
      "Notes lines mirrored between chat threads and Perfherder";

  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, Instant> lastPoll = new ConcurrentHashMap<>();

  public BotMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    // Mirrored notes are counted by the notes module; both directions show from the start.
    for (String direction : new String[] {"to_perfherder", "to_chat"}) {
      Counter.builder(NOTES_MIRRORED)
          .description(NOTES_DESCRIPTION)
          .tag("direction", direction)
          .register(registry);
    }
  }

  /** A summary's card was posted (and confirmed) on a chat platform. */
  public void summaryAnnounced(String platform) {
    count(
        SUMMARIES_ANNOUNCED,
        "Alert summaries announced, once per summary and chat platform",
        "platform",
        platform);
  }

  /** A command or button ran: {@code outcome} is done, refused or failed. */
  public void action(String action, String outcome) {
    count(
        ACTIONS,
        "Chat commands and buttons by action id and outcome",
        "action",
        action,
        "outcome",
        outcome);
  }

  /** The time from receiving a platform's request to acknowledging it. */
  public void acknowledged(String platform, Duration latency) {
    Timer.builder(ACK_LATENCY)
        .description("Time from receiving a chat platform's request to acknowledging it")
        .tag("platform", platform)
        // Few fixed buckets around the two limits that matter: Slack wants an answer within 3 s,
        // and the bot's own goal is 100 ms.
        .serviceLevelObjectives(
            Duration.ofMillis(25),
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(250),
            Duration.ofMillis(1000),
            Duration.ofSeconds(3))
        .register(registry)
        .record(latency);
  }

  /** A poll of one repository ended: its last success and lag follow from here. */
  public void polled(String repository, boolean succeeded) {
    if (lastPoll.putIfAbsent(repository, Instant.EPOCH) == null) {
      Gauge.builder(POLL_LAST_SUCCESS, lastPoll, polls -> polls.get(repository).getEpochSecond())
          .description("When the last successful Perfherder poll of the repository ended")
          .baseUnit("seconds")
          .tag("repository", repository)
          .register(registry);
      Gauge.builder(POLL_LAG, lastPoll, polls -> lagSeconds(polls.get(repository)))
          .description("Seconds since the last successful Perfherder poll of the repository")
          .baseUnit("seconds")
          .tag("repository", repository)
          .register(registry);
    }
    if (succeeded) {
      lastPoll.put(repository, clock.instant());
    }
  }

  private double lagSeconds(Instant lastSuccess) {
    return lastSuccess.equals(Instant.EPOCH)
        ? Double.NaN
        : Duration.between(lastSuccess, clock.instant()).toMillis() / 1000.0;
  }

  /** A chat post that {@code outcome}: retried (will be sent again) or failed (for good). */
  public void chatPost(String platform, String outcome) {
    count(
        CHAT_POSTS,
        "Chat posts retried or failed for good, per platform",
        "platform",
        platform,
        "outcome",
        outcome);
  }

  /** A Taskcluster trigger step ended as requested, dry_run, refused or failed. */
  public void taskclusterTrigger(String outcome) {
    count(TASKCLUSTER_TRIGGERS, "Taskcluster action triggers by outcome", "outcome", outcome);
  }

  /** A scheduled (Quartz) job ran to {@code outcome}: ok or failed. */
  public void scheduledRun(String job, String outcome) {
    count(SCHEDULED_RUNS, "Scheduled job runs by job and outcome", "job", job, "outcome", outcome);
  }

  /** A notes line mirrored {@code to_perfherder} or {@code to_chat} (by the notes module). */
  public void noteMirrored(String direction) {
    count(NOTES_MIRRORED, NOTES_DESCRIPTION, "direction", direction);
  }

  private void count(String name, String description, String... tags) {
    Counter.builder(name).description(description).tags(tags).register(registry).increment();
  }
}
