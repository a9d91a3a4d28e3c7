package dev.perfsheriff.workflow.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The bot's own state of a summary. Perfherder has no state for "data is being collected", so the
 * bot keeps this one next to Perfherder's status; the closed states mirror Perfherder's.
 */
public enum WorkflowState {
  UNTRIAGED(Role.CODE_SHERIFF),
  /** Round 1 was triggered (a.k.a. collecting_data). */
  CONFIRMING(Role.CODE_SHERIFF),
  /** Handed off: in the perf sheriff's queue. */
  DATAREADY(Role.PERF_SHERIFF),
  NEEDS_BUG(Role.PERF_SHERIFF),
  NEEDS_DATA(Role.PERF_SHERIFF),
  DOWNSTREAM(null),
  INVALID(null),
  REASSIGNED(null),
  WONTFIX(null),
  FIXED(null),
  BACKEDOUT(null);

  private final Role dashboard;

  WorkflowState(Role dashboard) {
    this.dashboard = dashboard;
  }

  /** Whose dashboard lists a summary in this state; empty once the summary is closed. */
  public Optional<Role> dashboard() {
    return Optional.ofNullable(dashboard);
  }

  public boolean isClosed() {
    return dashboard == null;
  }

  /** The name people and the notes line use, e.g. {@code needs_bug}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #label()} (or the enum name), case-insensitively. */
  public static WorkflowState fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The closed state a Perfherder status stands for, if any. Infra (all alerts infra) is not a real
   * regression, so the bot files it with invalid.
   */
  public static Optional<WorkflowState> mirrorOf(SummaryStatus status) {
    return Optional.ofNullable(
        switch (status) {
          case DOWNSTREAM -> DOWNSTREAM;
          case REASSIGNED -> REASSIGNED;
          case INVALID, INFRA -> INVALID;
          case WONTFIX -> WONTFIX;
          case FIXED -> FIXED;
          case BACKEDOUT -> BACKEDOUT;
          default -> null;
        });
  }

  @Override
  public String toString() {
    return label();
  }
}
