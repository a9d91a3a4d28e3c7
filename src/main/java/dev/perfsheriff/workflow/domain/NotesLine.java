package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The machine-readable line the bot appends to a summary's Perfherder notes for every state change,
 * so web-UI users see the workflow too, e.g. {@code [perf-sheriff-bot] summary=4711 state=dataready
 * round=1 by=slack:U123 at=2026-11-23T14:00:00Z | noisy on linux}.
 */
public final class NotesLine {

  public static final String PREFIX = "[perf-sheriff-bot]";

  private NotesLine() {}

  public static String format(
      SummaryId summary, WorkflowState state, int round, Actor by, Instant at, String note) {
    StringBuilder line =
        new StringBuilder(PREFIX)
            .append(" summary=")
            .append(summary)
            .append(" state=")
            .append(state.label());
    if (round > 0) {
      line.append(" round=").append(round);
    }
    line.append(" by=")
        .append(by.qualifiedId())
        .append(" at=")
        .append(at.truncatedTo(ChronoUnit.SECONDS));
    String text = note == null ? "" : note.replaceAll("[\\r\\n]+", " ").strip();
    if (!text.isEmpty()) {
      line.append(" | ").append(text);
    }
    return line.toString();
  }
}
