package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;

/**
 * One Perfherder alert as the core sees it.
 *
 * @param amountPct size of the change in percent, always ≥ 0
 * @param tValue detector confidence (t statistic; 1000 for manual alerts); null when unknown
 * @param noiseProfile SKEWED / OUTLIERS / MODAL / OK / N/A
 * @param starred Perfherder's cherry-pick flag
 * @param relatedSummaryId the summary it is downstream of / reassigned to; null if none
 * @param taskId Taskcluster task that produced the datum at the summary's push; null if unknown
 * @param sherlock Perfherder's automatic backfill record of the alert; null when it has none
 */
public record Alert(
    AlertId id,
    SummaryId summaryId,
    AlertStatus status,
    SeriesSignature signature,
    boolean regression,
    double prevValue,
    double newValue,
    double amountPct,
    Double tValue,
    String noiseProfile,
    boolean starred,
    SummaryId relatedSummaryId,
    String taskId,
    boolean manuallyCreated,
    SherlockBackfill sherlock) {

  public Alert {
    noiseProfile = noiseProfile == null ? "N/A" : noiseProfile;
  }

  /** An alert without a Sherlock backfill record. */
  public Alert(
      AlertId id,
      SummaryId summaryId,
      AlertStatus status,
      SeriesSignature signature,
      boolean regression,
      double prevValue,
      double newValue,
      double amountPct,
      Double tValue,
      String noiseProfile,
      boolean starred,
      SummaryId relatedSummaryId,
      String taskId,
      boolean manuallyCreated) {
    this(
        id,
        summaryId,
        status,
        signature,
        regression,
        prevValue,
        newValue,
        amountPct,
        tValue,
        noiseProfile,
        starred,
        relatedSummaryId,
        taskId,
        manuallyCreated,
        null);
  }

  /** Whether Sherlock has the alert's backfills in hand (see {@link SherlockBackfill}). */
  public boolean backfillsLeftToSherlock() {
    return sherlock != null && sherlock.coversBackfills();
  }

  public String testName() {
    return signature.testName();
  }

  public String machinePlatform() {
    return signature.machinePlatform();
  }
}
