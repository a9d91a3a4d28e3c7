package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.card.SummaryCard.CardAlert;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A card as a plain chat message, for {@code show} replies and platforms without a richer
 * rendering: the same facts as the card, line by line.
 */
public final class CardText {

  private CardText() {}

  public static ChatMessage of(SummaryCard card) {
    ChatMessage.Builder message = ChatMessage.builder();
    message.strong("Summary " + card.id()).text(" · " + card.title().text()).endParagraph();
    message.line(state(card));
    card.due().forEach(due -> message.line("Due: " + due + "."));
    message.bullets(card.alerts().stream().map(CardText::alert).toList());
    if (card.foldedAlerts() > 0) {
      message.line("… and " + card.foldedAlerts() + " more alerts.");
    }
    if (!card.recommendedPicks().isEmpty()) {
      message.line("Recommended picks: " + card.recommendedPicks() + ".");
    }
    card.downstream()
        .ifPresent(
            d ->
                message.line(
                    "Suggested: " + d.text() + " (" + String.join(" ", d.evidence()) + ")"));
    if (!card.plan().isEmpty()) {
      List<String> lines = new ArrayList<>();
      card.plan()
          .forEach(
              p -> lines.add(p.platform() + " " + p.jobs() + " jobs (" + p.quotaLeft() + " left)"));
      message.line("Next round: " + String.join(", ", lines) + ".");
    }
    if (!card.readiness().isEmpty()) {
      List<String> lines = new ArrayList<>();
      card.readiness()
          .forEach(r -> lines.add(r.revision().shortForm() + " " + r.points() + "/" + r.wanted()));
      message.line("Data: " + String.join(", ", lines) + ".");
    }
    card.similar()
        .forEach(s -> message.line("Similar: summary " + s.summary() + " (" + s.reason() + ")"));
    card.links().forEach(link -> message.link(link.label(), link.target()).text(" "));
    return message.build();
  }

  private static String state(SummaryCard card) {
    String round =
        card.round() == 0
            ? "no round yet"
            : "round " + card.round() + (card.roundComplete() ? " (complete)" : " (data pending)");
    return "State: " + card.state() + ", " + round + ".";
  }

  private static Paragraph alert(CardAlert alert) {
    String text =
        (alert.picked() ? "[picked] " : "")
            + alert.test()
            + " "
            + alert.platform()
            + " "
            + (alert.regression() ? "regression " : "improvement ")
            + String.format(Locale.ROOT, "%.1f%%", alert.changePct())
            + (alert.confidence() == null
                ? ""
                : String.format(Locale.ROOT, ", t=%.1f", alert.confidence()))
            + (alert.noise() == null || alert.noise().isBlank() ? "" : ", " + alert.noise())
            + (alert.sherlock().isEmpty() ? "" : ", " + alert.sherlock())
            + " (alert "
            + alert.id()
            + ")";
    return new Paragraph(List.of(new Inline.Text(text)));
  }
}
