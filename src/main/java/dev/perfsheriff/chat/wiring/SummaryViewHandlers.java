package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.CardBuilder;
import dev.perfsheriff.chat.card.CardText;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.SummaryViews;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import dev.perfsheriff.chat.port.NotesJournal;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.rounds.RoundCompletion;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.domain.AuditEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code show} (the card as a message) and {@code history} (the summary's audit and its notes
 * journal, when the notes mirror runs, in one list by time).
 */
public final class SummaryViewHandlers implements SummaryViews {

  private static final Logger log = LoggerFactory.getLogger(SummaryViewHandlers.class);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final CardFacts facts;
  private final CardBuilder cards;
  private final WorkflowReports reports;
  private final ChatWork work;
  private final Optional<NotesJournal> journal;
  private final RoundCompletion completion;

  public SummaryViewHandlers(
      CardFacts facts,
      CardBuilder cards,
      WorkflowReports reports,
      ChatWork work,
      Optional<NotesJournal> journal,
      RoundCompletion completion) {
    this.facts = facts;
    this.cards = cards;
    this.reports = reports;
    this.work = work;
    this.journal = journal;
    this.completion = completion;
  }

  /** The card, after completing the pending round if its data arrived meanwhile. */
  @Override
  public Reply show(Command.Show command, CommandContext context) {
    return work.answer(
        context,
        "show",
        () -> {
          try {
            completion.completeIfDataArrived(command.summaryId());
          } catch (RuntimeException e) {
            // the card still shows; the scheduled graph check tries again
            log.warn("Data check of summary {} failed: {}", command.summaryId(), e.toString());
          }
          return card(command.summaryId());
        });
  }

  @Override
  public Reply history(Command.History command, CommandContext context) {
    List<Timed> entries = new ArrayList<>();
    reports.history(command.summaryId()).forEach(e -> entries.add(new Timed(e.at(), line(e))));
    journal.ifPresent(
        notes ->
            notes
                .history(command.summaryId())
                .forEach(e -> entries.add(new Timed(e.at(), line(e)))));
    if (entries.isEmpty()) {
      return Reply.privately(
          ChatMessage.text("The bot has no history of summary " + command.summaryId() + "."));
    }
    entries.sort(Comparator.comparing(Timed::at));
    List<Paragraph> lines = entries.stream().map(Timed::line).toList();
    return Reply.privately(
        ChatMessage.builder()
            .line("History of summary " + command.summaryId() + ", oldest first:")
            .bullets(lines)
            .build());
  }

  private Reply card(SummaryId id) {
    return facts
        .read(id)
        .map(input -> Reply.privately(CardText.of(cards.build(input.summary(), input.facts()))))
        .orElseGet(
            () ->
                Reply.privately(
                    ChatMessage.text(
                        "Summary "
                            + id
                            + " is unknown to the bot, or Perfherder's data of it is unavailable"
                            + " right now.")));
  }

  private record Timed(Instant at, Paragraph line) {}

  /** A notes journal entry, e.g. {@code … alice (slack) notes line added: more retriggers}. */
  private static Paragraph line(NotesJournal.Entry entry) {
    String text =
        TIME.format(entry.at())
            + " "
            + entry.author()
            + " ("
            + entry.origin()
            + ") notes line "
            + entry.change()
            + ": "
            + entry.text();
    return new Paragraph(List.of(new Inline.Text(text)));
  }

  private static Paragraph line(AuditEntry entry) {
    String text =
        TIME.format(entry.at())
            + " "
            + entry.actor()
            + (entry.role() == null
                ? ""
                : " as " + entry.role().name().toLowerCase().replace('_', ' '))
            + ": "
            + entry.action()
            + (entry.allowed() ? "" : " (refused)")
            + (entry.detail().isBlank() ? "" : " — " + entry.detail());
    return new Paragraph(List.of(new Inline.Text(text)));
  }
}
