package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.card.SummaryCard.CardAlert;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.card.WorkflowFacts.RevisionReadiness;
import dev.perfsheriff.chat.card.WorkflowFacts.SimilarSummary;
import dev.perfsheriff.chat.slack.SlackButton;
import dev.perfsheriff.chat.slack.blocks.SlackCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words a neutral {@link SummaryCard} as the mrkdwn lines of a {@link SlackCard}; {@code
 * CardBlocks} then adds the buttons and the contract metadata. Pure, and every text that came from
 * Perfherder or a person is escaped.
 */
public final class SlackCardRenderer {

  private SlackCardRenderer() {}

  public static SlackCard render(SummaryCard card) {
    return new SlackCard(card.id(), title(card), lines(card), state(card), buttons(card));
  }

  /** The card's actions as Slack buttons (every chat action has one). */
  static List<SlackButton> buttons(SummaryCard card) {
    return card.actions().stream()
        .map(
            action ->
                SlackButton.byActionId(action.id())
                    .orElseThrow(() -> new IllegalStateException("no Slack button for " + action)))
        .toList();
  }

  /** The headline, linked to the first of the card's links (the Perfherder alert view). */
  static String title(SummaryCard card) {
    String text = card.title().text();
    if (card.links().isEmpty()) {
      return "*" + Mrkdwn.escape(text) + "*";
    }
    return "*" + Mrkdwn.link(text, card.links().get(0).target().toString()) + "*";
  }

  /** The workflow state, and the round's progress once one started. */
  static String state(SummaryCard card) {
    String state = Mrkdwn.escape(card.state());
    if (card.round() == 0) {
      return state;
    }
    return state
        + " · round "
        + card.round()
        + (card.roundComplete() ? ": data ready" : ": collecting data");
  }

  private static List<String> lines(SummaryCard card) {
    List<String> lines = new ArrayList<>();
    lines.add(
        card.alerts().stream().map(SlackCardRenderer::alert).collect(Collectors.joining("\n")));
    if (card.foldedAlerts() > 0) {
      lines.set(0, lines.get(0) + "\n…and " + card.foldedAlerts() + " more alert(s)");
    }
    card.downstream()
        .ifPresent(
            d ->
                lines.add(
                    "*Downstream?* of summary "
                        + d.upstream()
                        + ": "
                        + Mrkdwn.escape(d.text())
                        + d.evidence().stream()
                            .map(e -> "\n• " + Mrkdwn.escape(e))
                            .collect(Collectors.joining())));
    if (!card.plan().isEmpty()) {
      lines.add(
          "*Plan:* "
              + card.plan().stream()
                  .map(SlackCardRenderer::plan)
                  .collect(Collectors.joining(", ")));
    }
    if (!card.readiness().isEmpty()) {
      lines.add(
          "*Data points:* "
              + card.readiness().stream()
                  .map(SlackCardRenderer::readiness)
                  .collect(Collectors.joining(", ")));
    }
    if (!card.similar().isEmpty()) {
      lines.add(
          "*Similar:* "
              + card.similar().stream()
                  .map(SlackCardRenderer::similar)
                  .collect(Collectors.joining(", ")));
    }
    card.due().forEach(due -> lines.add("*Due:* " + Mrkdwn.escape(due)));
    if (!card.links().isEmpty()) {
      lines.add(
          card.links().stream()
              .map(link -> Mrkdwn.link(link.label(), link.target().toString()))
              .collect(Collectors.joining(" · ")));
    }
    lines.removeIf(String::isBlank);
    return lines;
  }

  private static String alert(CardAlert alert) {
    String change =
        String.format(Locale.ROOT, "%s%.1f%%", alert.regression() ? "+" : "−", alert.changePct());
    String confidence =
        alert.confidence() == null
            ? ""
            : String.format(Locale.ROOT, ", t %.1f", alert.confidence());
    String noise = alert.noise() == null || alert.noise().isBlank() ? "" : ", " + alert.noise();
    String sherlock = alert.sherlock().isEmpty() ? "" : ", " + alert.sherlock();
    return (alert.picked() ? "✅ " : "• ")
        + Mrkdwn.escape(alert.test() + " " + alert.platform())
        + " *"
        + change
        + "* "
        + (alert.regression() ? "regression" : "improvement")
        + " (alert "
        + alert.id()
        + Mrkdwn.escape(confidence + noise + sherlock)
        + ")";
  }

  private static String plan(PlatformPlan plan) {
    return Mrkdwn.escape(plan.platform().name())
        + " "
        + plan.jobs()
        + " jobs ("
        + plan.quotaLeft()
        + " left"
        + (plan.fits() ? "" : ", does not fit")
        + ")";
  }

  private static String readiness(RevisionReadiness readiness) {
    return readiness.revision().shortForm()
        + " "
        + readiness.points()
        + "/"
        + readiness.wanted()
        + (readiness.ready() ? " ✓" : "");
  }

  private static String similar(SimilarSummary similar) {
    return "summary " + similar.summary() + " (" + Mrkdwn.escape(similar.reason()) + ")";
  }
}
