package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.card.SummaryCard.CardAlert;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.card.WorkflowFacts.RevisionReadiness;
import dev.perfsheriff.chat.matrix.MatrixMessage;
import dev.perfsheriff.shared.AlertId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The neutral summary card as a {@link MatrixMessage}: a title, one line per fact, the links. The
 * transport escapes and formats it and appends the legend of the action reactions.
 */
public final class MatrixCardRenderer {

  public MatrixMessage render(SummaryCard card) {
    List<String> lines = new ArrayList<>();
    lines.add(status(card));
    card.due().forEach(due -> lines.add("Due: " + due));
    card.alerts().forEach(alert -> lines.add(alert(alert)));
    if (card.foldedAlerts() > 0) {
      lines.add("… and " + card.foldedAlerts() + " more alerts");
    }
    if (!card.recommendedPicks().isEmpty()) {
      lines.add("Recommended picks: " + ids(card.recommendedPicks()));
    }
    card.downstream()
        .ifPresent(
            suggestion ->
                lines.add(
                    "Probably downstream of summary "
                        + suggestion.upstream()
                        + ": "
                        + suggestion.text()));
    if (!card.plan().isEmpty()) {
      lines.add(
          "Plan: "
              + card.plan().stream()
                  .map(MatrixCardRenderer::plan)
                  .collect(Collectors.joining("; ")));
    }
    if (!card.readiness().isEmpty()) {
      lines.add(
          "Data points: "
              + card.readiness().stream()
                  .map(MatrixCardRenderer::readiness)
                  .collect(Collectors.joining(", ")));
    }
    card.similar()
        .forEach(
            similar ->
                lines.add("Similar: summary " + similar.summary() + ", " + similar.reason()));
    List<MatrixMessage.Link> links =
        card.links().stream()
            .map(link -> new MatrixMessage.Link(link.label(), link.target()))
            .toList();
    return new MatrixMessage(card.title().text(), lines, links);
  }

  private static String status(SummaryCard card) {
    String round =
        card.round() == 0
            ? "no round yet"
            : "round " + card.round() + (card.roundComplete() ? " (complete)" : " (pending)");
    return "Summary " + card.id() + " · " + card.state() + " · " + round;
  }

  private static String alert(CardAlert alert) {
    String sign = alert.regression() ? "+" : "-";
    String kind = alert.regression() ? "regression" : "improvement";
    StringBuilder line =
        new StringBuilder(alert.picked() ? "★ " : "• ")
            .append(alert.test())
            .append(" on ")
            .append(alert.platform())
            .append(": ")
            .append(sign)
            .append(String.format(Locale.ROOT, "%.1f%%", alert.changePct()))
            .append(' ')
            .append(kind);
    if (alert.confidence() != null) {
      line.append(String.format(Locale.ROOT, ", t=%.1f", alert.confidence()));
    }
    if (alert.noise() != null && !alert.noise().isBlank()) {
      line.append(", ").append(alert.noise());
    }
    if (!alert.sherlock().isEmpty()) {
      line.append(", ").append(alert.sherlock());
    }
    return line.append(" (alert ").append(alert.id()).append(')').toString();
  }

  private static String plan(PlatformPlan plan) {
    return plan.platform()
        + " "
        + plan.jobs()
        + " jobs, "
        + plan.quotaLeft()
        + " left in quota"
        + (plan.fits() ? "" : " (over quota)");
  }

  private static String readiness(RevisionReadiness readiness) {
    return readiness.revision() + " " + readiness.points() + "/" + readiness.wanted();
  }

  private static String ids(List<AlertId> ids) {
    return ids.stream().map(AlertId::toString).collect(Collectors.joining(", "));
  }
}
