package dev.perfsheriff.perfherder.api;

import dev.perfsheriff.workflow.domain.AlertStatus;

/**
 * One alert as Treeherder serializes it. The raw status code is kept next to its enum so an unknown
 * code is neither lost nor fatal. {@code signature} is null in trimmed related alerts.
 */
public record AlertPayload(
    long id,
    Long summaryId,
    Integer statusCode,
    SignaturePayload signature,
    Boolean isRegression,
    Double prevValue,
    Double newValue,
    Double tValue,
    Double amountAbs,
    Double amountPct,
    Long relatedSummaryId,
    boolean manuallyCreated,
    boolean starred,
    String classifier,
    String noiseProfile,
    String taskId,
    String prevTaskId,
    String profileUrl,
    BackfillRecordPayload backfillRecord) {

  public AlertStatus status() {
    return statusCode == null ? AlertStatus.UNKNOWN : AlertStatus.fromCode(statusCode);
  }
}
