package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.AlertPayload;
import dev.perfsheriff.perfherder.api.BackfillRecordPayload;
import dev.perfsheriff.perfherder.api.SignaturePayload;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import dev.perfsheriff.workflow.domain.SherlockBackfill;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Payload records → the core's snapshot types. Missing values get the neutral value the snapshot
 * documents (empty text, null, 0); values that cannot be a revision or a time become null.
 */
public final class SnapshotMapper {

  private static final SeriesSignature UNKNOWN_SIGNATURE =
      new SeriesSignature(0, null, 0, "", "", "", null, List.of(), true);

  private SnapshotMapper() {}

  public static AlertSummary toSnapshot(SummaryPayload summary, String frameworkName) {
    SummaryId id = SummaryId.of(summary.id());
    return new AlertSummary(
        id,
        summary.repository() == null || summary.repository().isBlank()
            ? Repository.of("unknown")
            : Repository.of(summary.repository()),
        summary.framework() == null ? 0 : summary.framework(),
        frameworkName,
        summary.pushId() == null ? 0 : summary.pushId(),
        summary.prevPushId() == null ? 0 : summary.prevPushId(),
        revision(summary.revision()),
        revision(summary.prevPushRevision()),
        summary.pushTimestamp() == null ? null : Instant.ofEpochSecond(summary.pushTimestamp()),
        instant(summary.created()),
        summary.status(),
        summary.alerts().stream().map(alert -> toSnapshot(alert, id)).toList(),
        summary.relatedAlerts().stream().map(alert -> toSnapshot(alert, id)).toList(),
        summary.notes(),
        summary.bugNumber(),
        summary.assigneeUsername(),
        summary.performanceTags(),
        instant(summary.triageDueDate()),
        instant(summary.bugDueDate()));
  }

  static Alert toSnapshot(AlertPayload alert, SummaryId owner) {
    return new Alert(
        AlertId.of(alert.id()),
        alert.summaryId() == null || alert.summaryId() <= 0
            ? owner
            : SummaryId.of(alert.summaryId()),
        alert.status(),
        alert.signature() == null ? UNKNOWN_SIGNATURE : toSnapshot(alert.signature()),
        Boolean.TRUE.equals(alert.isRegression()),
        orZero(alert.prevValue()),
        orZero(alert.newValue()),
        alert.amountPct() == null ? 0 : Math.abs(alert.amountPct()),
        alert.tValue(),
        alert.noiseProfile(),
        alert.starred(),
        alert.relatedSummaryId() == null || alert.relatedSummaryId() <= 0
            ? null
            : SummaryId.of(alert.relatedSummaryId()),
        alert.taskId(),
        alert.manuallyCreated(),
        sherlock(alert.backfillRecord()));
  }

  private static SherlockBackfill sherlock(BackfillRecordPayload record) {
    if (record == null) {
      return null;
    }
    return new SherlockBackfill(
        SherlockBackfill.Status.fromCode(record.statusCode()),
        orZero(record.totalActionsTriggered()),
        orZero(record.totalBackfillsSuccessful()),
        orZero(record.totalBackfillsFailed()),
        orZero(record.totalBackfillsInProgress()));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  static SeriesSignature toSnapshot(SignaturePayload signature) {
    return new SeriesSignature(
        signature.id(),
        signature.signatureHash(),
        signature.frameworkId() == null ? 0 : signature.frameworkId(),
        signature.suite(),
        signature.test(),
        signature.machinePlatform(),
        signature.optionCollectionHash(),
        signature.extraOptions(),
        signature.lowerIsBetter() == null || signature.lowerIsBetter());
  }

  /**
   * Treeherder's naive ISO datetimes are UTC; null when absent or unreadable. Kept to microseconds,
   * Treeherder's and PostgreSQL's precision, so a stored time compares equal to the one read.
   */
  public static Instant instant(String naiveUtc) {
    if (naiveUtc == null || naiveUtc.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(naiveUtc.trim())
          .toInstant(ZoneOffset.UTC)
          .truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(naiveUtc.trim()).truncatedTo(ChronoUnit.MICROS);
      } catch (DateTimeParseException notAnInstantEither) {
        return null;
      }
    }
  }

  static Revision revision(String hash) {
    try {
      return hash == null ? null : Revision.of(hash);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
