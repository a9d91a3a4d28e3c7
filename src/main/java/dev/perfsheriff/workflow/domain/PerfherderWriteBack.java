package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;

/**
 * Port: decisions written back to Perfherder so that web-UI users see them (implemented by the
 * Perfherder module). Every method returns READ_ONLY, and sends nothing, when no credentials are
 * configured; failures are thrown as unchecked exceptions after the adapter's own retries.
 */
public interface PerfherderWriteBack {

  boolean canWrite();

  /** The cherry-pick: Perfherder's per-alert {@code starred} flag. */
  WriteOutcome setStarred(AlertId alert, boolean starred);

  /** Alert status; {@code related} is required for DOWNSTREAM and REASSIGNED, else null. */
  WriteOutcome setAlertStatus(AlertId alert, AlertStatus status, SummaryId related);

  WriteOutcome setSummaryStatus(SummaryId summary, SummaryStatus status);

  WriteOutcome setBugNumber(SummaryId summary, long bugNumber);

  /** The summary's assignee: a Treeherder username such as {@code mozilla-ldap/x@mozilla.com}. */
  WriteOutcome setAssignee(SummaryId summary, String username);

  /**
   * Adds one line to the summary's notes: re-reads the notes right before writing and keeps every
   * line someone else added meanwhile.
   */
  WriteOutcome appendNoteLine(SummaryId summary, String line);
}
