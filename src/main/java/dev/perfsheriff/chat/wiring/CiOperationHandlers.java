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
import dev.perfsheriff.taskcluster.actions.ActionDiscovery;
import dev.perfsheriff.taskcluster.actions.TaskOrigin;
import dev.perfsheriff.taskcluster.execution.CiOperationPlans;
import dev.perfsheriff.taskcluster.execution.ExecutionListener;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.PlanExecutor;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The CI operations not tied to a summary. {@code retrigger-job} reads the task's push and platform
 * from Taskcluster, previews the runs next to the quota left and, with {@code confirm}, executes
 * them through the same executor and ledger as a round.
 */
public final class CiOperationHandlers implements CiOperations {

  private final ActionDiscovery tasks;
  private final PlanQuota quota;
  private final PlanExecutor executor;
  private final ChatWork work;
  private final ThreadPoster replies;
  private final Clock clock;

  public CiOperationHandlers(
      ActionDiscovery tasks,
      PlanQuota quota,
      PlanExecutor executor,
      ChatWork work,
      ThreadPoster replies,
      Clock clock) {
    this.tasks = tasks;
    this.quota = quota;
    this.executor = executor;
    this.work = work;
    this.replies = replies;
    this.clock = clock;
  }

  @Override
  public Reply retriggerJob(Command.RetriggerJob command, CommandContext context) {
    return work.answer(context, "retrigger-job", () -> retrigger(command, context));
  }

  private Reply retrigger(Command.RetriggerJob command, CommandContext context) {
    TaskOrigin origin;
    try {
      origin = tasks.origin(command.task().value());
    } catch (TaskclusterException e) {
      return Reply.privately(
          ChatMessage.text(
              "Task " + command.task() + " cannot be read from Taskcluster: " + e.getMessage()));
    }
    RetriggerPlan plan = plan(origin, command.times());
    List<PlatformPlan> platforms;
    try {
      platforms = quota.perPlatform(plan);
    } catch (UnknownPlatformException e) {
      return Reply.privately(ChatMessage.text(Replies.sentence(e.getMessage())));
    }
    ChatMessage.Builder message =
        ChatMessage.builder()
            .line(
                origin.label()
                    + " at "
                    + origin.revision().shortForm()
                    + " on "
                    + origin.repository()
                    + ": "
                    + command.times()
                    + " more runs.")
            .bullets(platforms.stream().map(CiOperationHandlers::line).toList());
    if (!platforms.stream().allMatch(PlatformPlan::fits)) {
      return Reply.privately(message.line("Not triggered: this exceeds the quota.").build());
    }
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
    trigger(plan, command, context);
    String dryRun = executor.dryRun() ? " (dry-run: nothing is sent without credentials)" : "";
    return Reply.publicly(message.line("Triggering" + dryRun + "…").build(), Optional.empty());
  }

  /**
   * Executes in the background. The key makes a double click (same person, task and count within
   * the same minute) trigger once; asking again later is a new request.
   */
  private void trigger(RetriggerPlan plan, Command.RetriggerJob command, CommandContext context) {
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
        () -> {
          ExecutionReport report =
              executor.execute(plan, context.actor(), key, ExecutionListener.NONE);
          replies.postWhereAsked(
              context,
              ChatMessage.text("retrigger-job " + command.task() + ": " + report.summary() + "."));
        });
  }

  /**
   * One job of the task's series; the series is named by the task's label, as Taskcluster has it.
   */
  private static RetriggerPlan plan(TaskOrigin origin, int times) {
    SeriesSignature series =
        new SeriesSignature(
            0, null, 0, origin.label(), "", origin.machinePlatform(), null, List.of(), true);
    return CiOperationPlans.retriggerJob(
        null, 0, null, origin.repository(), origin.revision(), series, origin.taskId(), times);
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
