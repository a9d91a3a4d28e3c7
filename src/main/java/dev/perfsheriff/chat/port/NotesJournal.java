package dev.perfsheriff.chat.port;

import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.List;

/**
 * Port: the journal of a summary's notes (every line and every change of it, with author and
 * origin), shown by {@code history} next to the workflow's audit. Implemented by the notes module.
 */
public interface NotesJournal {

  /** One change of one notes line. */
  record Entry(Instant at, String author, String origin, String change, String text) {}

  /** The summary's journal, oldest first. */
  List<Entry> history(SummaryId summary);
}
