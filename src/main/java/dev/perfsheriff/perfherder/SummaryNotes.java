package dev.perfsheriff.perfherder;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.util.function.UnaryOperator;

/**
 * The Perfherder module's API for a summary's notes as a whole (the notes mirror): an edit is
 * applied to the notes as Perfherder holds them right now (re-read just before the write, since
 * every save replaces the text and Treeherder keeps no history), and written only when it changed
 * something. The summary is then re-read into the local copy, so the change is published as a
 * {@code SummaryChanged} event like any other.
 */
public interface SummaryNotes {

  /** False without Perfherder credentials: then {@link #edit} sends nothing. */
  boolean canWrite();

  /** Applies {@code edit} to the current notes and writes the result if it differs. */
  WriteOutcome edit(SummaryId summary, UnaryOperator<String> edit);
}
