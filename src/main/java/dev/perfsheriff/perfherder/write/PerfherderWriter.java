package dev.perfsheriff.perfherder.write;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.SummaryNotes;
import dev.perfsheriff.perfherder.api.AlertPayload;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.perfherder.sync.SummarySync;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.PerfherderWriteBack;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PerfherderWriteBack} port, plus the writes the port does not name (assignee, a full
 * notes merge). Alerts are written one call at a time: Treeherder recomputes the summary status
 * after each alert save and parallel saves leave it inconsistent. After each write the summary is
 * re-read into the local copy, so the change reaches the core as a {@code SummaryChanged} event.
 */
public class PerfherderWriter implements PerfherderWriteBack, SummaryNotes {

  /** What chat replies say when the bot has no Perfherder credentials. */
  public static final String READ_ONLY_NOTICE =
      "can't write to Perfherder: no credentials configured; the decision is recorded here only";

  private final PerfherderProperties properties;
  private final SummaryWrites writes;
  private final PerfherderClient client;
  private final SummarySync sync;

  public PerfherderWriter(
      PerfherderProperties properties,
      SummaryWrites writes,
      PerfherderClient client,
      SummarySync sync) {
    this.properties = properties;
    this.writes = writes;
    this.client = client;
    this.sync = sync;
  }

  @Override
  public boolean canWrite() {
    return properties.canWrite();
  }

  /** The sentence for chat replies when writes are off; empty when the bot can write. */
  public Optional<String> readOnlyNotice() {
    return canWrite() ? Optional.empty() : Optional.of(READ_ONLY_NOTICE);
  }

  @Override
  public WriteOutcome setStarred(AlertId alert, boolean starred) {
    return writeAlert(alert, Map.of("starred", starred));
  }

  @Override
  public WriteOutcome setAlertStatus(AlertId alert, AlertStatus status, SummaryId related) {
    boolean relational = status == AlertStatus.DOWNSTREAM || status == AlertStatus.REASSIGNED;
    if (status == AlertStatus.UNKNOWN || relational != (related != null)) {
      throw new IllegalArgumentException(
          "Perfherder needs a related summary with downstream or reassigned, and none otherwise"
              + " (alert "
              + alert
              + ", status "
              + status
              + ", related "
              + related
              + ")");
    }
    // Always send the pair: Treeherder fails with a 500 when status and relation disagree.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.code());
    body.put("related_summary_id", related == null ? null : related.value());
    return writeAlert(alert, body);
  }

  @Override
  public WriteOutcome setSummaryStatus(SummaryId summary, SummaryStatus status) {
    if (status == SummaryStatus.UNKNOWN) {
      throw new IllegalArgumentException("cannot set an unknown summary status on " + summary);
    }
    return writeSummary(summary, Map.of("status", status.code()));
  }

  @Override
  public WriteOutcome setBugNumber(SummaryId summary, long bugNumber) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bug_number", bugNumber);
    body.put("issue_tracker", 1);
    return writeSummary(summary, body);
  }

  /**
   * Assigns the summary to a Treeherder user ({@code mozilla-ldap/x@mozilla.com}), or unassigns.
   */
  public WriteOutcome setAssignee(SummaryId summary, String username) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("assignee_username", username);
    return writeSummary(summary, body);
  }

  /**
   * Idempotent: a line already in the notes is not added again, so a queued write retried after it
   * did land (its answer was lost) leaves one line.
   */
  @Override
  public WriteOutcome appendNoteLine(SummaryId summary, String line) {
    return editNotes(
        summary,
        current ->
            current.lines().anyMatch(existing -> existing.strip().equals(line.strip()))
                ? current
                : NotesMerge.appendLine(current, line));
  }

  /**
   * Writes the bot's version of the notes ({@code ours}, edited from {@code base}) merged into what
   * Perfherder holds right now: lines added elsewhere meanwhile are kept.
   */
  public WriteOutcome mergeNotes(SummaryId summary, String base, String ours) {
    return editNotes(summary, current -> NotesMerge.merge(base, ours, current));
  }

  @Override
  public WriteOutcome edit(SummaryId summary, java.util.function.UnaryOperator<String> edit) {
    return editNotes(summary, edit);
  }

  private WriteOutcome editNotes(SummaryId summary, java.util.function.UnaryOperator<String> edit) {
    if (!canWrite()) {
      return WriteOutcome.READ_ONLY;
    }
    // Re-read right before writing: Perfherder replaces notes wholesale and keeps no history.
    SummaryPayload current =
        client
            .summary(summary.value())
            .orElseThrow(
                () -> new PerfherderException("Perfherder does not show summary " + summary));
    String before = current.notes() == null ? "" : current.notes();
    String after = edit.apply(before);
    if (after.equals(before)) {
      return WriteOutcome.WRITTEN;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("notes", after.isBlank() ? null : after);
    return writeSummary(summary, body);
  }

  private WriteOutcome writeSummary(SummaryId summary, Map<String, Object> body) {
    if (!canWrite()) {
      return WriteOutcome.READ_ONLY;
    }
    writes.putSummary(summary.value(), body);
    sync.refresh(summary);
    return WriteOutcome.WRITTEN;
  }

  private synchronized WriteOutcome writeAlert(AlertId alert, Map<String, Object> body) {
    if (!canWrite()) {
      return WriteOutcome.READ_ONLY;
    }
    AlertPayload written = writes.putAlert(alert.value(), body);
    if (written.summaryId() != null) {
      sync.refresh(SummaryId.of(written.summaryId()));
    }
    if (written.relatedSummaryId() != null) {
      sync.refresh(SummaryId.of(written.relatedSummaryId()));
    }
    return WriteOutcome.WRITTEN;
  }
}
