package dev.perfsheriff.notes;

import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;

/**
 * Perfherder → journal: when a summary's notes changed, the lines someone wrote in the web UI
 * (neither tagged thread messages nor bot workflow lines) are compared with the journal's web-UI
 * lines. New lines are posted in every platform's thread, marked "from Perfherder"; a line that
 * replaced another at the same place edits that message; a line gone is removed. Lines the bot
 * wrote are never mirrored back, so nothing echoes. Runs inside the transaction that delivers the
 * {@code SummaryChanged} event, so a change is journaled exactly once.
 */
final class WebLines {

  static final String AUTHOR = "Perfherder web UI";

  private final JournalStore journal;
  private final DeliveryQueue queue;
  private final Supplier<List<MirroredMessages>> platforms;
  private final Clock clock;
  private final Runnable wake;

  WebLines(
      JournalStore journal,
      DeliveryQueue queue,
      Supplier<List<MirroredMessages>> platforms,
      Clock clock,
      Runnable wake) {
    this.journal = journal;
    this.queue = queue;
    this.platforms = platforms;
    this.clock = clock;
    this.wake = wake;
  }

  @EventListener
  void changed(SummaryChanged event) {
    if (!event.changes().contains(SummaryChanged.Change.NOTES)) {
      return;
    }
    long summary = event.after().id().value();
    List<String> now = webLines(event.after().notes());
    List<JournalStore.Line> known = journal.perfherderLines(summary);
    List<JournalStore.Line> gone = new ArrayList<>();
    List<String> added = new ArrayList<>(now);
    for (JournalStore.Line line : known) {
      if (!added.remove(line.text())) {
        gone.add(line);
      }
    }
    int edits = Math.min(gone.size(), added.size());
    for (int i = 0; i < edits; i++) {
      journal.edit(gone.get(i), added.get(i), clock.instant());
      queueAll(gone.get(i).id(), DeliveryQueue.EDIT);
    }
    for (JournalStore.Line line : gone.subList(edits, gone.size())) {
      journal.remove(line, clock.instant());
      queueAll(line.id(), DeliveryQueue.DELETE);
    }
    for (String text : added.subList(edits, added.size())) {
      journal
          .add(
              summary,
              JournalStore.PERFHERDER,
              "web-" + UUID.randomUUID(),
              AUTHOR,
              JournalStore.PERFHERDER,
              text,
              clock.instant())
          .ifPresent(line -> queueAll(line.id(), DeliveryQueue.POST));
    }
    if (!gone.isEmpty() || !added.isEmpty()) {
      wake.run();
    }
  }

  private void queueAll(long lineId, String action) {
    platforms.get().forEach(platform -> queue.enqueue(lineId, platform.target(), action));
  }

  static List<String> webLines(String notes) {
    List<String> lines = new ArrayList<>();
    for (String line : notes.split("\r?\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !NotesLineFormat.isBots(stripped)) {
        lines.add(stripped);
      }
    }
    return lines;
  }
}
