package dev.perfsheriff.workflow.domain;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Composes the regression bug the way Perfherder's "File bug" does: the title of {@code
 * getFilledBugSummary} (largest and smallest regression, tests, platforms, push date; machine
 * platforms as they are, where Perfherder shortens them to OS names) in treeherder's {@code
 * ui/perfherder/perf-helpers/helpers.js}; the alert tables of {@code textualSummary.js}; the
 * comment text and keywords of the performance bug template ({@code
 * treeherder/perf/fixtures/performance_bug_templates.yaml}); product, component, needinfo and
 * {@code regressed_by} from the culprit bug ({@code StatusDropdown.jsx}, {@code fileBug}).
 */
public final class RegressionBugTemplate {

  private RegressionBugTemplate() {}

  /** Perfherder's keywords for a regression bug. */
  public static final List<String> KEYWORDS = List.of("perf", "perf-alert", "regression");

  private static final DateTimeFormatter PUSH_DATE =
      DateTimeFormatter.ofPattern("EEE MMMM d yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static final String TABLE_HEAD =
      "| **Ratio** | **Suite & Test** | **Platform** | **Options** | **Absolute values (old vs"
          + " new)** | **Confidence** |\n|--|--|--|--|--|--|\n";

  /**
   * Where a bug's reader finds the summary.
   *
   * @param alert the summary's Perfherder page
   * @param push the summary's push (jobs view or push log)
   */
  public record Links(String alert, String push) {}

  public static RegressionBug compose(AlertSummary summary, Links links) {
    List<Alert> regressions = bugAlerts(summary);
    StringBuilder text = new StringBuilder();
    text.append("Perfherder has detected a ")
        .append(summary.framework())
        .append(" performance regression from push [")
        .append(summary.revision().hash())
        .append("](")
        .append(links.push())
        .append("). As author of one of the patches included in that push, we need your help to")
        .append(" address this regression.\n\n");
    text.append("### Regressions:\n\n").append(TABLE_HEAD);
    regressions.forEach(alert -> text.append(row(alert)).append('\n'));
    List<Alert> improvements =
        summary.alerts().stream().filter(a -> !a.regression()).sorted(largestFirst()).toList();
    if (!improvements.isEmpty()) {
      text.append("\n### Improvements:\n\n").append(TABLE_HEAD);
      improvements.forEach(alert -> text.append(row(alert)).append('\n'));
    }
    text.append("\nPush range: ")
        .append(summary.prevRevision().hash())
        .append("..")
        .append(summary.revision().hash())
        .append(" on ")
        .append(summary.repository().name())
        .append(".\n\nDetails of the alert: ")
        .append(links.alert())
        .append('\n');
    return new RegressionBug(
        summary.id().value(),
        title(summary, regressions),
        text.toString(),
        KEYWORDS,
        null,
        null,
        List.of(),
        null,
        null);
  }

  /** Regressions that are neither invalid nor reassigned/downstream elsewhere, largest first. */
  private static List<Alert> bugAlerts(AlertSummary summary) {
    List<Alert> own =
        summary.alerts().stream()
            .filter(a -> a.status() != AlertStatus.INVALID)
            .filter(a -> a.relatedSummaryId() == null || a.relatedSummaryId().equals(summary.id()))
            .toList();
    List<Alert> regressions =
        own.stream().filter(Alert::regression).sorted(largestFirst()).toList();
    return regressions.isEmpty() ? own.stream().sorted(largestFirst()).toList() : regressions;
  }

  private static String title(AlertSummary summary, List<Alert> alerts) {
    String date = " regression on " + PUSH_DATE.format(summary.pushTime());
    if (alerts.isEmpty()) {
      return "Empty alert" + date;
    }
    Alert largest = alerts.get(0);
    Alert smallest = alerts.get(alerts.size() - 1);
    // The title shows Perfherder's amount_pct as it is; only the table rounds.
    String magnitude =
        alerts.size() == 1
            ? plain(largest.amountPct()) + "%"
            : plain(largest.amountPct()) + " - " + plain(smallest.amountPct()) + "%";
    String tests =
        alerts.size() == 1 ? largest.testName() : largest.testName() + " / " + smallest.testName();
    if (alerts.size() > 2) {
      tests += " + " + (alerts.size() - 2) + " more";
    }
    String platforms =
        alerts.stream()
            .map(Alert::machinePlatform)
            .distinct()
            .sorted()
            .collect(Collectors.joining(", "));
    return magnitude + " " + tests + " (" + platforms + ")" + date;
  }

  private static String row(Alert alert) {
    SeriesSignature signature = alert.signature();
    return "| "
        + pct(alert.amountPct())
        + "% | "
        + alert.testName()
        + " | "
        + signature.machinePlatform()
        + " | "
        + String.join(" ", signature.extraOptions())
        + " | "
        + value(alert.prevValue())
        + " -> "
        + value(alert.newValue())
        + " | "
        + (alert.tValue() == null ? "" : String.format(Locale.ROOT, "%.2f", alert.tValue()))
        + " |";
  }

  /** Perfherder rounds to whole percents, with two decimals where that would show 0. */
  private static String pct(double amount) {
    return Math.round(amount) == 0
        ? String.format(Locale.ROOT, "%.2f", amount)
        : Long.toString(Math.round(amount));
  }

  private static String plain(double amount) {
    return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
  }

  private static String value(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  private static Comparator<Alert> largestFirst() {
    return Comparator.comparingDouble(Alert::amountPct).reversed().thenComparing(Alert::id);
  }
}
