package dev.perfsheriff.schedule.review;

import dev.perfsheriff.workflow.domain.BugTimeReport;
import dev.perfsheriff.workflow.domain.BugTimeReport.Verdict;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The distribution of time to bug in a month: of the regression summaries that needed a bug, how
 * many got one within the goal (24 h) and the limit (36 h), and the median time of those that got
 * one. Summaries still without a bug count in the total, never as within.
 */
public record TimeToBug(
    int needed, int withBug, Optional<Duration> median, int within24, int within36) {

  private static final Set<Verdict> LINKED =
      EnumSet.of(Verdict.WITHIN_GOAL, Verdict.WITHIN_LIMIT, Verdict.LATE);

  public static TimeToBug of(BugTimeReport report) {
    List<Duration> linked =
        report.entries().stream()
            .filter(e -> LINKED.contains(e.verdict()))
            .map(BugTimeReport.Entry::elapsed)
            .sorted()
            .toList();
    int goal = (int) report.count(Verdict.WITHIN_GOAL);
    int limit = goal + (int) report.count(Verdict.WITHIN_LIMIT);
    return new TimeToBug(report.entries().size(), linked.size(), median(linked), goal, limit);
  }

  /** A share of the summaries that needed a bug, as a whole percentage; empty when none did. */
  public Optional<Long> percent(int count) {
    return needed == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * count / needed));
  }

  private static Optional<Duration> median(List<Duration> sorted) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int middle = sorted.size() / 2;
    return Optional.of(
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
  }
}
