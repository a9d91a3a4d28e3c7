package dev.perfsheriff.chat.console;

import static dev.perfsheriff.chat.console.ConsoleHtml.escape;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.card.SummaryCard.CardAlert;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.card.WorkflowFacts.RevisionReadiness;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The neutral summary card as the inner HTML of a card on the page: title, state, alerts, advice,
 * links, and one button per action the card carries. Alerts carry data attributes the cherry-pick
 * prompt reads; buttons carry their action id and summary, as Slack's do.
 */
final class ConsoleCardHtml {

  private ConsoleCardHtml() {}

  static String render(SummaryCard card) {
    StringBuilder html = new StringBuilder();
    html.append("<h3>")
        .append(
            card.links().isEmpty()
                ? escape(card.title().text())
                : ConsoleHtml.link(card.title().text(), card.links().get(0).target()))
        .append("</h3>");
    html.append("<p class=\"state\" data-state=\"")
        .append(escape(card.state()))
        .append("\">Summary ")
        .append(card.id())
        .append(" · <strong>")
        .append(escape(card.state()))
        .append("</strong>")
        .append(round(card))
        .append("</p>");
    html.append("<ul class=\"alerts\">");
    card.alerts().forEach(alert -> html.append(alert(alert, card)));
    html.append("</ul>");
    if (card.foldedAlerts() > 0) {
      html.append("<p class=\"folded\">… and ").append(card.foldedAlerts()).append(" more</p>");
    }
    card.downstream()
        .ifPresent(
            d ->
                html.append("<p><strong>Downstream?</strong> of summary ")
                    .append(d.upstream())
                    .append(": ")
                    .append(escape(d.text()))
                    .append("</p>"));
    if (!card.plan().isEmpty()) {
      html.append("<p><strong>Plan:</strong> ")
          .append(card.plan().stream().map(ConsoleCardHtml::plan).collect(Collectors.joining(", ")))
          .append("</p>");
    }
    if (!card.readiness().isEmpty()) {
      html.append("<p><strong>Data points:</strong> ")
          .append(
              card.readiness().stream()
                  .map(ConsoleCardHtml::readiness)
                  .collect(Collectors.joining(", ")))
          .append("</p>");
    }
    card.similar()
        .forEach(
            s ->
                html.append("<p><strong>Similar:</strong> summary ")
                    .append(s.summary())
                    .append(" (")
                    .append(escape(s.reason()))
                    .append(")</p>"));
    if (!card.links().isEmpty()) {
      html.append("<p class=\"links\">")
          .append(
              card.links().stream()
                  .map(l -> ConsoleHtml.link(l.label(), l.target()))
                  .collect(Collectors.joining(" · ")))
          .append("</p>");
    }
    html.append("<div class=\"actions\">");
    card.actions().forEach(action -> html.append(button(action, card)));
    html.append("</div>");
    return html.toString();
  }

  private static String round(SummaryCard card) {
    if (card.round() == 0) {
      return "";
    }
    return " · round "
        + card.round()
        + (card.roundComplete() ? ": data ready" : ": collecting data");
  }

  private static String alert(CardAlert alert, SummaryCard card) {
    String change =
        String.format(Locale.ROOT, "%s%.1f%%", alert.regression() ? "+" : "−", alert.changePct());
    String label = alert.test() + " " + alert.platform() + " " + change;
    return "<li class=\"alert"
        + (alert.picked() ? " picked" : "")
        + "\" data-alert=\""
        + alert.id()
        + "\" data-recommended=\""
        + card.recommendedPicks().contains(alert.id())
        + "\" data-label=\""
        + escape(label)
        + "\">"
        + (alert.picked() ? "★ " : "")
        + escape(alert.test() + " " + alert.platform())
        + " <strong>"
        + change
        + "</strong> "
        + (alert.regression() ? "regression" : "improvement")
        + " (alert "
        + alert.id()
        + (alert.confidence() == null
            ? ""
            : String.format(Locale.ROOT, ", t %.1f", alert.confidence()))
        + (alert.noise() == null || alert.noise().isBlank() ? "" : ", " + escape(alert.noise()))
        + ")</li>";
  }

  private static String plan(PlatformPlan plan) {
    return escape(plan.platform().name())
        + " "
        + plan.jobs()
        + " jobs ("
        + plan.quotaLeft()
        + " left"
        + (plan.fits() ? "" : ", does not fit")
        + ")";
  }

  private static String readiness(RevisionReadiness r) {
    return r.revision().shortForm() + " " + r.points() + "/" + r.wanted() + (r.ready() ? " ✓" : "");
  }

  private static String button(ActionId action, SummaryCard card) {
    return "<button type=\"button\" class=\"action\" data-action=\""
        + escape(action.id())
        + "\" data-summary=\""
        + card.id()
        + "\" title=\""
        + escape(action.effect())
        + "\">"
        + escape(action.label())
        + "</button>";
  }
}
