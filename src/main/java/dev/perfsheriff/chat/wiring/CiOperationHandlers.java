package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CiOperations;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.rounds.JobRetrigger;
import dev.perfsheriff.rounds.JobRetrigger.JobPlan;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The CI operations not tied to a summary. {@code retrigger-job} asks the rounds module for the
 * task's plan, previews the runs next to the quota left and, with {@code confirm}, has it executed
 * through the same executor and ledger as a round.
 */
public final class CiOperationHandlers implements CiOperations {

  private final JobRetrigger jobs;
  private final PlanQuota quota;
  private final LoadWarning load;
  private final ChatWork work;
  private final ThreadPoster replies;
  private final Clock clock;

  public CiOperationHandlers(
      JobRetrigger jobs,
      PlanQuota quota,
      LoadWarning load,
      ChatWork work,
      ThreadPoster replies,
      Clock clock) {
    this.jobs = jobs;
    this.quota = quota;
    this.load = load;
    this.work = work;
    this.replies = replies;
    this.clock = clock;
  }

  @Override
  public Reply retriggerJob(Command.RetriggerJob command, CommandContext context) {
    return work.answer(context, "retrigger-job", () -> retrigger(command, context));
  }

  private Reply retrigger(Command.RetriggerJob command, CommandContext context) {
    JobPlan job;
    try {
      job = jobs.plan(command.task().value(), command.times());
    } catch (IllegalArgumentException e) {
      return Reply.privately(ChatMessage.text(e.getMessage()));
    }
    List<PlatformPlan> platforms;
    try {
      platforms = quota.perPlatform(job.plan());
    } catch (UnknownPlatformException e) {
      return Reply.privately(ChatMessage.text(Replies.sentence(e.getMessage())));
    }
    ChatMessage.Builder message =
        ChatMessage.builder()
            .line(job.where() + ": " + command.times() + " more runs.")
            .bullets(platforms.stream().map(CiOperationHandlers::line).toList());
    if (!platforms.stream().allMatch(PlatformPlan::fits)) {
      return Reply.privately(message.line("Not triggered: this exceeds the quota.").build());
    }
    // the same warning as a round's preview, before any path triggers
    load.beforeTrigger().ifPresent(message::line);
    if (!command.confirm()) {
      return Reply.privately(
          message
              .endParagraph()
              .text("To trigger it: ")
              .code(
                  context
                      .prefix()
                      .shown(
                          "retrigger-job " + command.task() + " " + command.times() + " confirm"))
              .build());
    }
    trigger(job, command, context);
    String dryRun = jobs.dryRun() ? " (dry-run: nothing is sent without credentials)" : "";
    return Reply.publicly(message.line("Triggering" + dryRun + "…").build(), Optional.empty());
  }

  /**
   * Executes in the background. The key makes a double click (same person, task and count within
   * the same minute) trigger once; asking again later is a new request.
   */
  private void trigger(JobPlan job, Command.RetriggerJob command, CommandContext context) {
    String key =
        "retrigger-job/"
            + command.task()
            + "x"
            + command.times()
            + "/"
            + context.actor().qualifiedId()
            + "/"
            + clock.instant().getEpochSecond() / 60;
    work.submit(
        key,
        () ->
            replies.postWhereAsked(
                context,
                ChatMessage.text(
                    "retrigger-job "
                        + command.task()
                        + ": "
                        + jobs.trigger(job, context.actor(), key)
                        + ".")));
  }

  private static Paragraph line(PlatformPlan plan) {
    return new Paragraph(
        List.of(
            new Inline.Text(
                plan.platform()
                    + ": "
                    + plan.jobs()
                    + " jobs, "
                    + plan.quotaLeft()
                    + " left this shift")));
  }
}
