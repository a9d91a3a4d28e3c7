package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Revision;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Suggests links between open summaries with the same regressed test whose revisions lie within
 * {@code revisionWindow} pushes of each other on the same repository: likely one root cause.
 */
public final class SimilarRegressions {

  /**
   * @param nearby the pushes within the window around {@code summary}'s revision, itself included
   * @param open other open summaries to compare with
   */
  public List<SimilarSummary> find(
      AlertSummary summary, List<Revision> nearby, List<AlertSummary> open) {
    Set<String> tests = regressedTests(summary);
    if (tests.isEmpty()) {
      return List.of();
    }
    return open.stream()
        .filter(other -> !other.id().equals(summary.id()))
        .filter(other -> other.repository().equals(summary.repository()))
        .filter(other -> nearby.stream().anyMatch(revision -> revision.sameAs(other.revision())))
        .map(other -> similar(tests, summary, other))
        .filter(similar -> !similar.tests().isEmpty())
        .sorted(Comparator.comparing(SimilarSummary::summary))
        .toList();
  }

  private static SimilarSummary similar(
      Set<String> tests, AlertSummary summary, AlertSummary other) {
    Set<String> shared = new TreeSet<>(regressedTests(other));
    shared.retainAll(tests);
    String reason =
        "summary "
            + other.id()
            + " (revision "
            + other.revision()
            + ", near "
            + summary.revision()
            + ") also regressed "
            + String.join(", ", shared)
            + ".";
    return new SimilarSummary(other.id(), other.revision(), List.copyOf(shared), reason);
  }

  private static Set<String> regressedTests(AlertSummary summary) {
    return AlertRanking.activeAlerts(summary).stream()
        .filter(Alert::regression)
        .map(Alert::testName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
