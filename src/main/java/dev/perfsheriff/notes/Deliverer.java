package dev.perfsheriff.notes;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.perfherder.SummaryNotes;
import dev.perfsheriff.shared.SummaryId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Carries out one claimed delivery. Every action is idempotent, so a delivery done again after a
 * crash between the call and its confirmation doubles nothing: the Perfherder write replaces the
 * line with the message's tag (or appends it once), a post is keyed by its line, an edit sets the
 * current text, a deletion of something gone is no error.
 */
final class Deliverer {

  private final JournalStore journal;
  private final SummaryNotes perfherder;
  private final Supplier<List<MirroredMessages>> platforms;
  private final NotesProperties properties;
  private final Clock clock;
  private final BotMetrics metrics;

  Deliverer(
      JournalStore journal,
      SummaryNotes perfherder,
      Supplier<List<MirroredMessages>> platforms,
      NotesProperties properties,
      Clock clock,
      BotMetrics metrics) {
    this.journal = journal;
    this.perfherder = perfherder;
    this.platforms = platforms;
    this.properties = properties;
    this.clock = clock;
    this.metrics = metrics;
  }

  void deliver(DeliveryQueue.Delivery delivery) {
    JournalStore.Line line =
        journal
            .line(delivery.lineId())
            .orElseThrow(() -> new IllegalStateException("no notes line " + delivery.lineId()));
    if (JournalStore.PERFHERDER.equals(delivery.target())) {
      write(line);
      return;
    }
    MirroredMessages platform =
        platforms.get().stream()
            .filter(p -> p.target().equals(delivery.target()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no platform " + delivery.target()));
    Optional<MessageRef> posted = journal.post(line.id(), platform.target());
    SummaryId summary = SummaryId.of(line.summaryId());
    switch (delivery.action()) {
      case DeliveryQueue.POST -> {
        if (posted.isEmpty() && !line.removed() && platform.hasCard(summary)) {
          MessageRef ref = platform.postOnce(summary, "notes-line-" + line.id(), message(line));
          journal.recordPost(line.id(), platform.target(), ref);
          metrics.noteMirrored("to_chat");
        }
      }
      case DeliveryQueue.EDIT -> posted.ifPresent(ref -> platform.edit(ref, message(line)));
      case DeliveryQueue.DELETE -> posted.ifPresent(platform::delete);
      default -> throw new IllegalStateException("unknown action " + delivery.action());
    }
  }

  /** Brings the line's tagged copy in the Perfherder notes in line with the journal. */
  private void write(JournalStore.Line line) {
    AtomicInteger folded = new AtomicInteger();
    perfherder.edit(
        SummaryId.of(line.summaryId()),
        notes -> {
          SizeGuard.Folded guarded =
              SizeGuard.fold(withLine(notes, line), properties.maxNotesSize(), line.summaryId());
          folded.set(guarded.folded());
          return guarded.notes();
        });
    metrics.noteMirrored("to_perfherder");
    if (folded.get() > 0) {
      journal.folded(line.summaryId(), folded.get(), clock.instant());
    }
  }

  static String withLine(String notes, JournalStore.Line line) {
    NotesLineFormat.Tag tag = new NotesLineFormat.Tag(line.origin(), line.sourceId());
    List<String> lines = new ArrayList<>();
    boolean placed = false;
    for (String existing : notes.isEmpty() ? new String[0] : notes.split("\r?\n", -1)) {
      if (NotesLineFormat.tagOf(existing).filter(tag::equals).isEmpty()) {
        lines.add(existing);
      } else if (!placed && !line.removed()) {
        lines.add(formatted(line, tag));
        placed = true;
      }
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    if (!placed && !line.removed()) {
      lines.add(formatted(line, tag));
    }
    return String.join("\n", lines);
  }

  private static String formatted(JournalStore.Line line, NotesLineFormat.Tag tag) {
    return NotesLineFormat.format(line.writtenAt(), line.author(), tag, line.text());
  }

  private static ChatMessage message(JournalStore.Line line) {
    if (line.fromPerfherder()) {
      return ChatMessage.text("From Perfherder: " + line.text());
    }
    return ChatMessage.text(line.author() + " (" + line.origin() + "): " + line.text());
  }
}
