package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CiOperations;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;

/**
 * The CI operations by task id or revision. Their plans ({@code CiOperationPlans}) need the task's
 * push, series and platform, which the Taskcluster module cannot read from a task id yet, and a
 * baseline needs the push's list of perf jobs. Until it can, each command says so and points to the
 * summary-based commands, which trigger the same jobs through the same ledger.
 */
public final class CiOperationHandlers implements CiOperations {

  @Override
  public Reply retriggerJob(Command.RetriggerJob command, CommandContext context) {
    return unavailable("retrigger-job", context);
  }

  @Override
  public Reply backRevisions(Command.BackRevisions command, CommandContext context) {
    return unavailable("back-revisions", context);
  }

  @Override
  public Reply baseline(Command.Baseline command, CommandContext context) {
    return unavailable("baseline", context);
  }

  private static Reply unavailable(String what, CommandContext context) {
    return Reply.privately(
        ChatMessage.builder()
            .text(
                "`"
                    + what
                    + "` cannot run yet: the bot cannot look up a task's push and platform from"
                    + " Taskcluster. Nothing was triggered. For a summary's jobs use ")
            .code(context.prefix().shown("retrigger <summary-id>"))
            .text(" or ")
            .code(context.prefix().shown("backfill <summary-id>"))
            .text(".")
            .build());
  }
}
