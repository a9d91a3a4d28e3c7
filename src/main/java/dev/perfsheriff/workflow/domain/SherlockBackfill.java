package dev.perfsheriff.workflow.domain;

import java.util.Locale;

/**
 * Perfherder's own automatic backfill of an alert (Sherlock), as its {@code backfill_record} shows
 * it: status 0 Preliminary, 1 Ready for processing, 2 Backfilled, 3 Successful, 4 Failed, 5
 * Verification failed (../shared/reference/perfherder-api.md §2.2 and §5.5–5.7). Sherlock triggers
 * {@code backfill} with {@code retrigger: false} on the alert's job, so while its record is ready,
 * backfilled or successful the coalesced pushes of that job are its to fill: a round does not
 * backfill them again (the quota is never spent twice for the same data). Retriggers stay ours.
 */
public record SherlockBackfill(
    Status status, int actionsTriggered, int successful, int failed, int inProgress) {

  public enum Status {
    PRELIMINARY,
    READY_FOR_PROCESSING,
    BACKFILLED,
    SUCCESSFUL,
    FAILED,
    VERIFICATION_FAILED,
    /** A code added after this was written. */
    UNKNOWN;

    public static Status fromCode(Integer code) {
      return code == null || code < 0 || code >= UNKNOWN.ordinal() ? UNKNOWN : values()[code];
    }
  }

  /** Sherlock is about to backfill, is backfilling, or has backfilled the alert's job. */
  public boolean coversBackfills() {
    return status == Status.READY_FOR_PROCESSING
        || status == Status.BACKFILLED
        || status == Status.SUCCESSFUL;
  }

  /** E.g. "Sherlock: successful (4 actions; 5 succeeded, 0 failed, 0 in progress)". */
  public String describe() {
    String text = "Sherlock: " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (actionsTriggered == 0 && successful == 0 && failed == 0 && inProgress == 0) {
      return text;
    }
    return text
        + " ("
        + actionsTriggered
        + " actions; "
        + successful
        + " succeeded, "
        + failed
        + " failed, "
        + inProgress
        + " in progress)";
  }
}
