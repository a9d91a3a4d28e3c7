package dev.perfsheriff.chat.command;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.domain.CaseBucket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A parsed chat command or pressed button, with typed arguments. Text commands come from {@link
 * CommandParser}; buttons from {@link dev.perfsheriff.chat.ActionId} via {@link ButtonCommands}.
 */
public sealed interface Command {

  /** The summary the command is about, if any: its replies belong in that summary's thread. */
  default Optional<SummaryId> summary() {
    return Optional.empty();
  }

  /** A command about one summary. */
  sealed interface AboutSummary extends Command {
    SummaryId summaryId();

    @Override
    default Optional<SummaryId> summary() {
      return Optional.of(summaryId());
    }
  }

  record Help(Optional<String> topic) implements Command {}

  record Show(SummaryId summaryId) implements AboutSummary {}

  /**
   * Without an upstream: accept the bot's suggestion.
   *
   * @param force a perf sheriff overrides the checks of a named upstream
   */
  record Downstream(SummaryId summaryId, Optional<SummaryId> upstream, boolean force)
      implements AboutSummary {
    public Downstream(SummaryId summaryId, Optional<SummaryId> upstream) {
      this(summaryId, upstream, false);
    }
  }

  /** Replaces the current picks with {@code alerts}. */
  record Pick(SummaryId summaryId, List<AlertId> alerts) implements AboutSummary {
    public Pick {
      alerts = List.copyOf(alerts);
    }
  }

  /** Replaces the current picks with the bot's recommendation. */
  record PickRecommended(SummaryId summaryId) implements AboutSummary {}

  /** Removes {@code alerts} from the picks; an empty list clears them all. */
  record Unpick(SummaryId summaryId, List<AlertId> alerts) implements AboutSummary {
    public Unpick {
      alerts = List.copyOf(alerts);
    }
  }

  /** The round's plan for the picks: a preview, or with {@code confirm} the trigger. */
  record Retrigger(SummaryId summaryId, boolean confirm) implements AboutSummary {}

  /** Backfills of the ±2 window, for one alert or every pick; preview unless {@code confirm}. */
  record Backfill(SummaryId summaryId, Optional<AlertId> alert, boolean confirm)
      implements AboutSummary {}

  record Handoff(SummaryId summaryId, String note) implements AboutSummary {}

  /**
   * The Handoff button where the platform cannot ask in a form (Matrix, console): asks for the
   * note, which the typed {@link Handoff} carries.
   */
  record AskHandoffNote(SummaryId summaryId) implements AboutSummary {}

  record Note(SummaryId summaryId, String text) implements AboutSummary {}

  /** The next round with a perf sheriff's options; the purpose may be empty. */
  record RoundStart(SummaryId summaryId, RoundOptions options, String purpose)
      implements AboutSummary {}

  /** Resends the failed or refused steps of the summary's latest round. */
  record RoundRetry(SummaryId summaryId) implements AboutSummary {}

  /** Without a number: the summary's pending round. */
  record RoundComplete(SummaryId summaryId, OptionalInt round) implements AboutSummary {}

  /** A workflow case for the monthly review. */
  record RecordCase(SummaryId summaryId, CaseBucket bucket, String note) implements AboutSummary {}

  /**
   * A perf sheriff's decision about a handed-off summary, with an optional note.
   *
   * @param decision one of the workflow's decisions (never {@code REOPEN}: that is {@link Reopen})
   */
  record Decide(SummaryId summaryId, dev.perfsheriff.workflow.domain.Command decision, String note)
      implements AboutSummary {}

  record Reopen(SummaryId summaryId, String note) implements AboutSummary {}

  /** Links a Bugzilla bug to the summary. */
  record LinkBug(SummaryId summaryId, long bug) implements AboutSummary {}

  /** The Link-bug button: asks for the bug number, which the typed {@link LinkBug} carries. */
  record AskBugNumber(SummaryId summaryId) implements AboutSummary {}

  /**
   * Assigns the summary in Perfherder.
   *
   * @param username a Treeherder username, e.g. {@code mozilla-ldap/x@mozilla.com}
   */
  record Assign(SummaryId summaryId, String username) implements AboutSummary {}

  /**
   * Composes the summary's regression bug and files it in Bugzilla, or answers with the link.
   *
   * @param culpritBug the bug of the culprit push's patch, when known ({@code regressed_by})
   */
  record FileBug(SummaryId summaryId, OptionalLong culpritBug) implements AboutSummary {}

  /** Without a platform: every platform. */
  record Quota(Optional<Platform> platform) implements Command {}

  record OnCall() implements Command {}

  record Load() implements Command {}

  record Report() implements Command {}

  /** The audit of a summary. */
  record History(SummaryId summaryId) implements AboutSummary {}

  /** CI operation: run one job {@code times} more times. */
  record RetriggerJob(TaskId task, int times, boolean confirm) implements Command {}
}
