package dev.perfsheriff.workflow.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a backout: a summary of improvements only, each undoing (by at least {@code
 * backoutMinUndoneFraction} of its size) a regression of the same test on the same platform in an
 * earlier summary of the same repository and framework, created within {@code backoutLookback}.
 * About 5% of summaries are backouts; retriggering them wastes the pool.
 */
public final class BackoutRecognizer {

  private final ProtocolNumbers numbers;

  public BackoutRecognizer(ProtocolNumbers numbers) {
    this.numbers = numbers;
  }

  public Optional<Backout> recognize(AlertSummary summary, List<AlertSummary> earlier) {
    List<Alert> active = AlertRanking.activeAlerts(summary);
    if (active.isEmpty() || active.stream().anyMatch(Alert::regression)) {
      return Optional.empty();
    }
    return earlier.stream()
        .filter(other -> isCandidate(summary, other))
        .sorted(
            Comparator.comparing(AlertSummary::created).reversed().thenComparing(AlertSummary::id))
        .map(other -> undoes(active, other))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private boolean isCandidate(AlertSummary summary, AlertSummary other) {
    Duration age = Duration.between(other.created(), summary.created());
    return !other.id().equals(summary.id())
        && other.repository().equals(summary.repository())
        && other.frameworkId() == summary.frameworkId()
        && !age.isNegative()
        && !age.isZero()
        && age.compareTo(numbers.backoutLookback()) <= 0;
  }

  private Optional<Backout> undoes(List<Alert> improvements, AlertSummary other) {
    List<String> evidence = new ArrayList<>();
    for (Alert improvement : improvements) {
      Optional<Alert> regression =
          DownstreamAdvisor.matchIn(other, improvement).filter(Alert::regression);
      if (regression.isEmpty()
          || improvement.amountPct()
              < numbers.backoutMinUndoneFraction() * regression.get().amountPct()) {
        return Optional.empty();
      }
      evidence.add(
          String.format(
              "%s on %s: improves %.2f%%, undoing the %.2f%% regression of alert %s in summary %s.",
              improvement.testName(),
              improvement.machinePlatform(),
              improvement.amountPct(),
              regression.get().amountPct(),
              regression.get().id(),
              other.id()));
    }
    return Optional.of(new Backout(other, evidence));
  }
}
