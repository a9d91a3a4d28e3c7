package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Time from summary creation to bug for regressions, against the goal (24 h) and the realistic
 * limit (36 h). Summaries still without a bug count with their age so far.
 */
public record BugTimeReport(List<Entry> entries, Map<Verdict, Long> counts) {

  /** Where one summary stands. */
  public enum Verdict {
    WITHIN_GOAL,
    WITHIN_LIMIT,
    LATE,
    OPEN_IN_TIME,
    OPEN_OVERDUE
  }

  /** A summary that needs a bug: when it was created and when its bug was first seen (or null). */
  public record Timing(SummaryId summary, Instant created, Instant bugLinkedAt) {}

  /** One summary's elapsed time and verdict. */
  public record Entry(SummaryId summary, Duration elapsed, Verdict verdict) {}

  public BugTimeReport {
    entries = List.copyOf(entries);
  }

  public static BugTimeReport of(List<Timing> timings, Instant now, ProtocolNumbers numbers) {
    List<Entry> entries = timings.stream().map(t -> entry(t, now, numbers)).toList();
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict, entries.stream().filter(e -> e.verdict() == verdict).count());
    }
    return new BugTimeReport(entries, counts);
  }

  private static Entry entry(Timing timing, Instant now, ProtocolNumbers numbers) {
    if (timing.bugLinkedAt() == null) {
      Duration age = Duration.between(timing.created(), now);
      Verdict verdict =
          age.compareTo(numbers.bugGoal()) > 0 ? Verdict.OPEN_OVERDUE : Verdict.OPEN_IN_TIME;
      return new Entry(timing.summary(), age, verdict);
    }
    Duration elapsed = Duration.between(timing.created(), timing.bugLinkedAt());
    Verdict verdict =
        elapsed.compareTo(numbers.bugGoal()) <= 0
            ? Verdict.WITHIN_GOAL
            : elapsed.compareTo(numbers.bugLimit()) <= 0 ? Verdict.WITHIN_LIMIT : Verdict.LATE;
    return new Entry(timing.summary(), elapsed, verdict);
  }

  public long count(Verdict verdict) {
    return counts.getOrDefault(verdict, 0L);
  }
}
