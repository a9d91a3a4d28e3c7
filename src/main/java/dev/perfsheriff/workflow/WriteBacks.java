package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.NotesLine;
import dev.perfsheriff.workflow.domain.Round;
import dev.perfsheriff.workflow.domain.Step;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WriteOp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Perfherder writes each decision makes, so that web-UI users see what the bot's users did. */
final class WriteBacks {

  private WriteBacks() {}

  /** The notes line for the record after {@code step}. */
  static DecisionWriter.Write notesLine(Step step, Actor by, Instant at, String note) {
    SummaryId id = step.after().summaryId();
    int round = step.after().currentRound().map(Round::number).orElse(0);
    String line = NotesLine.format(id, step.after().state(), round, by, at, note);
    return new DecisionWriter.Write("notes line", WriteOp.notesLine(id, line));
  }

  /** Stars the new picks and un-stars the dropped ones. */
  static List<DecisionWriter.Write> stars(List<AlertId> before, List<AlertId> after) {
    List<DecisionWriter.Write> writes = new ArrayList<>();
    for (AlertId dropped : before) {
      if (!after.contains(dropped)) {
        writes.add(
            new DecisionWriter.Write("unstar alert " + dropped, WriteOp.star(dropped, false)));
      }
    }
    for (AlertId added : after) {
      if (!before.contains(added)) {
        writes.add(new DecisionWriter.Write("star alert " + added, WriteOp.star(added, true)));
      }
    }
    return writes;
  }

  /** Sets every alert still open on the summary to {@code status} (related to {@code related}). */
  static List<DecisionWriter.Write> alertStatuses(
      AlertSummary summary, AlertStatus status, SummaryId related) {
    if (summary == null) {
      return List.of();
    }
    return summary.alerts().stream()
        .filter(a -> a.status() == AlertStatus.UNTRIAGED || a.status() == AlertStatus.ACKNOWLEDGED)
        .map(Alert::id)
        .map(
            id ->
                new DecisionWriter.Write(
                    "alert " + id + " " + status.name().toLowerCase(Locale.ROOT),
                    WriteOp.alertStatus(id, status, related)))
        .toList();
  }

  static DecisionWriter.Write summaryStatus(SummaryId id, SummaryStatus status) {
    return new DecisionWriter.Write(
        "summary status " + status.name().toLowerCase(Locale.ROOT),
        WriteOp.summaryStatus(id, status));
  }

  static DecisionWriter.Write bugNumber(SummaryId id, long bug) {
    return new DecisionWriter.Write("bug " + bug, WriteOp.bugNumber(id, bug));
  }

  static DecisionWriter.Write assignee(SummaryId id, String username) {
    return new DecisionWriter.Write("assignee " + username, WriteOp.assignee(id, username));
  }
}
