package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One recorded workflow case (what replaced the perf sheriffs' spreadsheet). */
public record WorkflowCase(
    SummaryId summary,
    CaseKind kind,
    CaseBucket bucket,
    String note,
    Actor recordedBy,
    Instant recordedAt) {

  public WorkflowCase {
    note = note == null ? "" : note.strip();
    recordedAt = Instants.micros(recordedAt);
  }

  /** Whether the bucket belongs to the kind, with the buckets that do when it does not. */
  public static Decision check(CaseKind kind, CaseBucket bucket) {
    if (bucket.fits(kind)) {
      return Decision.allow();
    }
    List<String> fitting =
        Arrays.stream(CaseBucket.values())
            .filter(b -> b.fits(kind))
            .map(CaseBucket::label)
            .toList();
    return Decision.refuse(
        "bucket "
            + bucket.label()
            + " is not a bucket of "
            + kind.label()
            + "; use one of "
            + String.join(", ", fitting)
            + ".");
  }
}
