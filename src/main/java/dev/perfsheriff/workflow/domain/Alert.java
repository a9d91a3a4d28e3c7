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
    boolean manuallyCreated) {

  public Alert {
    noiseProfile = noiseProfile == null ? "N/A" : noiseProfile;
  }

  public String testName() {
    return signature.testName();
  }

  public String machinePlatform() {
    return signature.machinePlatform();
  }
}
