package dev.perfsheriff.notes;

import dev.perfsheriff.chat.port.NotesJournal;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;

/** The {@link NotesJournal} port over the journal's append-only history. */
final class JournalHistory implements NotesJournal {

  private final JournalStore journal;

  JournalHistory(JournalStore journal) {
    this.journal = journal;
  }

  @Override
  public List<Entry> history(SummaryId summary) {
    return journal.history(summary.value());
  }
}
