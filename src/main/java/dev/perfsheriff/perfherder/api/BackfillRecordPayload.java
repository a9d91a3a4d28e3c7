package dev.perfsheriff.perfherder.api;

/**
 * Sherlock's backfill record of an alert. {@code context} arrives as a string holding JSON; it is
 * kept as that string (decode it where the points are needed). Old mocks carry only the context.
 */
public record BackfillRecordPayload(
    String context,
    Integer statusCode,
    Integer totalActionsTriggered,
    Integer totalBackfillsFailed,
    Integer totalBackfillsSuccessful,
    Integer totalBackfillsInProgress) {

  public BackfillStatus status() {
    return statusCode == null ? BackfillStatus.UNKNOWN : BackfillStatus.fromCode(statusCode);
  }
}
