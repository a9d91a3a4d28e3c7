package dev.perfsheriff.schedule.bugs;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.CardThreads;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.schedule.ScheduleProperties;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Watches the time to bug (the protocol's goal: a bug within 24 h of the summary's creation). Every
 * open regression summary without a bug gets, in its card's thread on every platform, a ping to the
 * perf sheriff on duty once it is {@code bug-watch-first} old, and another at {@code
 * bug-watch-second} that also names the next shift's perf sheriff. Summaries in a closed state
 * (downstream, invalid, fixed, …) are never on the dashboards this reads, so they stay quiet.
 */
@Service
public class BugWatch {

  private static final Logger log = LoggerFactory.getLogger(BugWatch.class);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE HH:mm");

  private final WorkflowReports workflow;
  private final Rotation rotation;
  private final ObjectProvider<ChatPlatform> platforms;
  private final CardThreads cards;
  private final BugWatchPings pings;
  private final ScheduleProperties schedule;
  private final Clock clock;

  BugWatch(
      WorkflowReports workflow,
      Rotation rotation,
      ObjectProvider<ChatPlatform> platforms,
      CardThreads cards,
      BugWatchPings pings,
      ScheduleProperties schedule,
      Clock clock) {
    this.workflow = workflow;
    this.rotation = rotation;
    this.platforms = platforms;
    this.cards = cards;
    this.pings = pings;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** Pings what is due now; returns how many pings were sent. */
  public int check() {
    Instant now = clock.instant();
    int sent = 0;
    for (WorkflowRecord record : waitingForABug()) {
      Duration age = Duration.between(record.summaryCreated(), now);
      if (age.compareTo(schedule.bugWatchSecond()) >= 0) {
        sent += ping(record, schedule.bugWatchSecond(), true, now);
        // Past the second threshold the first ping would say less; it is not sent any more.
        sent += skip(record, schedule.bugWatchFirst(), now);
      } else if (age.compareTo(schedule.bugWatchFirst()) >= 0) {
        sent += ping(record, schedule.bugWatchFirst(), false, now);
      }
    }
    return sent;
  }

  private List<WorkflowRecord> waitingForABug() {
    return Stream.of(Role.CODE_SHERIFF, Role.PERF_SHERIFF)
        .flatMap(role -> workflow.dashboard(role).stream())
        .filter(WorkflowRecord::regression)
        .filter(record -> record.bugNumber() == null)
        .toList();
  }

  private int ping(WorkflowRecord record, Duration threshold, boolean last, Instant now) {
    int sent = 0;
    for (ChatPlatform platform : platforms.orderedStream().toList()) {
      Optional<MessageRef> card = cards.cardOf(record.summaryId(), platform.name());
      if (card.isEmpty()
          || !pings.claim(record.summaryId(), threshold, platform.name(), true, now)) {
        continue;
      }
      try {
        send(platform, card.get(), record, threshold, last, now);
        sent++;
      } catch (RuntimeException e) {
        log.warn(
            "Bug watch ping for summary {} on {} failed, tried again next run: {}",
            record.summaryId(),
            platform.name(),
            e.getMessage());
        pings.release(record.summaryId(), threshold, platform.name());
      }
    }
    return sent;
  }

  private int skip(WorkflowRecord record, Duration threshold, Instant now) {
    platforms
        .orderedStream()
        .forEach(p -> pings.claim(record.summaryId(), threshold, p.name(), false, now));
    return 0;
  }

  private void send(
      ChatPlatform platform,
      MessageRef card,
      WorkflowRecord record,
      Duration threshold,
      boolean last,
      Instant now) {
    String problem =
        "summary "
            + record.summaryId()
            + " is a regression without a bug "
            + threshold.toHours()
            + " h after it was created (goal: a bug within "
            + schedule.bugWatchSecond().toHours()
            + " h).";
    Optional<Rotation.Duty> onDuty = rotation.onDuty(now);
    ChatMessage.Builder message = ChatMessage.builder();
    if (onDuty.isEmpty()) {
      platform.replyInThread(
          card, message.text("No perf sheriff is on duty now: " + problem).build());
      return;
    }
    Person sheriff = onDuty.get().sheriff();
    message
        .mention(sheriff)
        .text(" " + problem.substring(0, 1).toUpperCase() + problem.substring(1));
    if (last) {
      message.text(" " + nextShift(now));
    }
    platform.ping(card, sheriff, message.build());
  }

  private String nextShift(Instant now) {
    return rotation
        .next(now)
        .map(
            duty ->
                "The next shift's perf sheriff is "
                    + duty.sheriff().name()
                    + " (from "
                    + ZonedDateTime.ofInstant(duty.shift().window().start(), schedule.zone())
                        .format(HOUR)
                    + " "
                    + schedule.zone().getId()
                    + ").")
        .orElse("Nobody is scheduled for the next shift.");
  }
}
