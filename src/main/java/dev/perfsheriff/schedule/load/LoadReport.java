package dev.perfsheriff.schedule.load;

import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.schedule.ScheduleProperties;
import dev.perfsheriff.schedule.charts.LoadChart;
import dev.perfsheriff.schedule.posts.Post;
import dev.perfsheriff.schedule.posts.ScheduledPosts;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.taskcluster.BacklogRule;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.load.CiLoad;
import dev.perfsheriff.taskcluster.load.LoadLevel;
import dev.perfsheriff.taskcluster.load.PoolLoad;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The twice-daily system load report: for each perf pool its pending, running and workers now and
 * the change since the last report, a warning line for each backlogged pool, the perf jobs used per
 * platform in this shift, and a chart of the last seven days.
 */
@Service
public class LoadReport {

  public static final String JOB = "load-report";
  static final Duration HISTORY = Duration.ofDays(7);

  /** A sample older than this is shown with its time: the sampling job may have stopped. */
  static final Duration STALE = Duration.ofMinutes(30);

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CiLoad load;
  private final TaskclusterProperties taskcluster;
  private final QuotaLedger ledger;
  private final QuotaProperties quota;
  private final ScheduledPosts posts;
  private final ScheduleProperties schedule;

  LoadReport(
      CiLoad load,
      TaskclusterProperties taskcluster,
      QuotaLedger ledger,
      QuotaProperties quota,
      ScheduledPosts posts,
      ScheduleProperties schedule) {
    this.load = load;
    this.taskcluster = taskcluster;
    this.ledger = ledger;
    this.quota = quota;
    this.posts = posts;
    this.schedule = schedule;
  }

  /** Composes the report of the slot {@code slot} and publishes it on every platform. */
  public void run(Instant slot) {
    posts.publish(JOB + ":" + slot, List.of(compose(slot)));
  }

  /** The report as of {@code slot}, compared with the samples at the time of the last report. */
  public Post compose(Instant slot) {
    Map<String, List<PoolLoad>> byPool = samplesByPool(slot);
    Optional<Instant> lastReport = posts.lastRun(JOB, slot);
    List<String> lines = new ArrayList<>();
    lines.add("CI load report, " + format(slot) + " " + schedule.zone().getId());
    List<String> warnings = new ArrayList<>();
    List<String> unsampled = new ArrayList<>();
    for (String pool : taskcluster.perfPools()) {
      List<PoolLoad> samples = byPool.getOrDefault(pool, List.of());
      if (samples.isEmpty()) {
        unsampled.add("`" + shortName(pool) + "`");
        continue;
      }
      PoolLoad now = samples.get(samples.size() - 1);
      lines.add(poolLine(now, lastReport.flatMap(at -> sampleAt(samples, at)), slot));
      if (now.level() == LoadLevel.BACKLOGGED) {
        warnings.add(warning(now));
      }
    }
    if (!unsampled.isEmpty()) {
      lines.add("No samples in the last 7 days: " + String.join(", ", unsampled));
    }
    lines.addAll(warnings);
    lines.add(quotaLine(slot));
    byte[] chart =
        LoadChart.png(
            "Pending perf tasks per pool, last 7 days (to " + format(slot) + ")",
            chartSeries(byPool),
            schedule.zone());
    return Post.inChannel(
        lines, ChatFile.png("ci-load-" + slot.getEpochSecond() + ".png", chart, "CI load"));
  }

  private Map<String, List<PoolLoad>> samplesByPool(Instant slot) {
    return load.history(slot.minus(HISTORY), slot.plusSeconds(1)).stream()
        .collect(
            Collectors.groupingBy(PoolLoad::taskQueueId, LinkedHashMap::new, Collectors.toList()));
  }

  private String poolLine(PoolLoad now, Optional<PoolLoad> before, Instant slot) {
    StringBuilder line = new StringBuilder("`" + now.taskQueueId() + "`: " + now.pendingTasks());
    line.append(" pending");
    before.ifPresentOrElse(
        b ->
            line.append(" (")
                .append(signed(now.pendingTasks() - b.pendingTasks()))
                .append(" since the last report)"),
        () -> line.append(" (no earlier report)"));
    if (now.claimedTasks() != null) {
      line.append(", ").append(now.claimedTasks()).append(" running");
    }
    if (now.activeWorkers() != null) {
      line.append(" on ").append(now.activeWorkers()).append(" workers");
    }
    line.append(", ").append(now.level().name().toLowerCase());
    if (now.sampledAt().isBefore(slot.minus(STALE))) {
      line.append(" (sampled ").append(format(now.sampledAt())).append(")");
    }
    return line.toString();
  }

  private String warning(PoolLoad now) {
    long threshold = Math.round(threshold(now));
    return "⚠️ BACKLOGGED: `"
        + now.taskQueueId()
        + "` has "
        + now.pendingTasks()
        + " pending tasks (threshold "
        + threshold
        + "); hold retriggers and backfills there until it drains.";
  }

  private String quotaLine(Instant slot) {
    List<String> used = new ArrayList<>();
    String shift = null;
    for (String family : families()) {
      QuotaStatus status = ledger.remaining(Platform.of(family), slot);
      shift = status.shift().shift();
      used.add(family + " " + status.used() + "/" + status.cap());
    }
    return "Perf jobs this shift (" + shift + "): " + String.join(" · ", used);
  }

  private List<String> families() {
    return quota.platforms().stream().map(QuotaProperties.PlatformRule::family).distinct().toList();
  }

  private Map<String, List<LoadChart.Point>> chartSeries(Map<String, List<PoolLoad>> byPool) {
    Map<String, List<LoadChart.Point>> series = new LinkedHashMap<>();
    byPool.forEach(
        (pool, samples) ->
            series.put(
                shortName(pool),
                samples.stream()
                    .map(s -> new LoadChart.Point(s.sampledAt(), s.pendingTasks(), threshold(s)))
                    .toList()));
    return series;
  }

  private double threshold(PoolLoad sample) {
    BacklogRule rule = taskcluster.backlog();
    return rule.backloggedAbove(sample.taskQueueId(), sample.activeWorkers());
  }

  /** The newest sample taken at or before {@code at}. */
  private static Optional<PoolLoad> sampleAt(List<PoolLoad> samples, Instant at) {
    PoolLoad found = null;
    for (PoolLoad sample : samples) {
      if (!sample.sampledAt().isAfter(at)) {
        found = sample;
      }
    }
    return Optional.ofNullable(found);
  }

  private String format(Instant at) {
    return ZonedDateTime.ofInstant(at, schedule.zone()).format(WHEN);
  }

  private static String shortName(String pool) {
    return pool.substring(pool.lastIndexOf('/') + 1);
  }

  private static String signed(int delta) {
    return delta > 0 ? "+" + delta : Integer.toString(delta);
  }
}
