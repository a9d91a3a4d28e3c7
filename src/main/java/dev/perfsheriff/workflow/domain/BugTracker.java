package dev.perfsheriff.workflow.domain;

import java.net.URI;
import java.util.Optional;

/** Port: the bug tracker regression bugs are filed in (implemented by the Bugzilla module). */
public interface BugTracker {

  /** Whether bugs can be filed through the API (an API key is configured). */
  boolean canFile();

  /** The culprit bug's people and component; empty when the tracker does not show it. */
  Optional<RegressionBug.Culprit> culprit(long bug);

  /** Files the bug; returns its number. Throws when the tracker refuses. */
  long file(RegressionBug bug);

  /** A link that opens the tracker's new-bug form filled in with {@code bug}. */
  URI prefilledLink(RegressionBug bug);
}
