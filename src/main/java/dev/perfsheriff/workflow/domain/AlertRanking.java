package dev.perfsheriff.workflow.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which of several alerts is the best to pick: the least noisy, then the most confident, then the
 * largest change; the alert id breaks ties so that the same inputs always give the same order.
 */
final class AlertRanking {

  /** Noise profiles from quiet to noisy; unknown profiles count as noisiest. */
  private static final List<String> NOISE = List.of("OK", "N/A", "OUTLIERS", "SKEWED", "MODAL");

  static final Comparator<Alert> BEST_FIRST =
      Comparator.comparingInt(AlertRanking::noiseRank)
          .thenComparing(AlertRanking::confidence, Comparator.reverseOrder())
          .thenComparing(Alert::amountPct, Comparator.reverseOrder())
          .thenComparing(alert -> alert.id().value());

  private AlertRanking() {}

  static int noiseRank(Alert alert) {
    int rank = NOISE.indexOf(alert.noiseProfile().toUpperCase(Locale.ROOT));
    return rank < 0 ? NOISE.size() : rank;
  }

  static double confidence(Alert alert) {
    return alert.tValue() == null ? 0 : alert.tValue();
  }

  /** Alerts the summary still asks a sheriff about (not invalid, infra, or moved elsewhere). */
  static boolean isActive(Alert alert, AlertSummary summary) {
    return switch (alert.status()) {
      case UNTRIAGED, ACKNOWLEDGED -> true;
      case REASSIGNED -> summary.id().equals(alert.relatedSummaryId());
      default -> false;
    };
  }

  static List<Alert> activeAlerts(AlertSummary summary) {
    return summary.alerts().stream().filter(alert -> isActive(alert, summary)).toList();
  }

  /** The job an alert's data comes from: subtests of one suite run share it. */
  static String jobKey(Alert alert) {
    return jobKey(alert.signature());
  }

  /** The job a series' data comes from: suite, platform and options, not the subtest. */
  static String jobKey(SeriesSignature signature) {
    return String.join(
        "|",
        signature.suite(),
        signature.machinePlatform(),
        String.valueOf(signature.optionCollectionHash()),
        String.join(" ", signature.extraOptions()));
  }
}
