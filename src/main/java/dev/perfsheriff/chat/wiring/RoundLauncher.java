package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.PlanPreviewText;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.execution.ExecutionListener;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.PlanExecutor;
import dev.perfsheriff.taskcluster.execution.StepOutcome;
import dev.perfsheriff.workflow.RoundProposal;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Previews and starts rounds: the workflow's plan for the next round next to the quota left; on
 * confirm, the round recorded as started, then the plan executed by Taskcluster in the background
 * (once per summary and round, whatever the retries), with progress and the final report in the
 * summary's thread.
 */
public final class RoundLauncher {

  private final WorkflowService workflow;
  private final PlanQuota quota;
  private final LoadWarning load;
  private final PlanExecutor executor;
  private final ChatWork work;
  private final ThreadPoster thread;

  public RoundLauncher(
      WorkflowService workflow,
      PlanQuota quota,
      LoadWarning load,
      PlanExecutor executor,
      ChatWork work,
      ThreadPoster thread) {
    this.workflow = workflow;
    this.quota = quota;
    this.load = load;
    this.executor = executor;
    this.work = work;
    this.thread = thread;
  }

  /** The private preview of the next round's jobs (narrowed by {@code jobs}), with the quota. */
  public Reply preview(
      SummaryId id, UnaryOperator<RetriggerPlan> jobs, String confirm, CommandContext context) {
    return planned(id, jobs)
        .fold(
            refusal -> refusal,
            (plan, platforms) -> {
              ChatMessage.Builder message = ChatMessage.builder();
              PlanPreviewText.preview(plan, platforms, context.prefix(), confirm)
                  .blocks()
                  .forEach(message::block);
              load.beforeTrigger().ifPresent(message::line);
              if (executor.dryRun()) {
                message.line("Dry-run: without Taskcluster credentials nothing will be sent.");
              }
              return Reply.privately(message.build());
            });
  }

  /** Starts the next round with {@code purpose} and triggers its jobs in the background. */
  public Reply start(
      SummaryId id, UnaryOperator<RetriggerPlan> jobs, String purpose, CommandContext context) {
    return planned(id, jobs)
        .fold(
            refusal -> refusal,
            (plan, platforms) -> {
              if (!platforms.stream().allMatch(PlatformPlan::fits)) {
                ChatMessage.Builder message = ChatMessage.builder().line("Not started:");
                PlanPreviewText.preview(plan, platforms, context.prefix())
                    .blocks()
                    .forEach(message::block);
                return Reply.privately(message.build());
              }
              String why = purpose.isBlank() ? "round " + plan.round() : purpose;
              WorkflowResult result =
                  workflow.startRound(id, plan, why, context.actor(), ActingRole.of(context));
              if (!result.allowed()) {
                return Replies.of(result);
              }
              return started(result, plan, context);
            });
  }

  private Reply started(WorkflowResult result, RetriggerPlan plan, CommandContext context) {
    String key = "summary-" + plan.summary() + "/round-" + plan.round();
    boolean queued =
        work.submit(
            "trigger " + key,
            () -> {
              ExecutionReport report =
                  executor.execute(plan, context.actor(), key, progress(plan, context));
              thread.post(context, plan.summary(), finalReport(plan, report));
            });
    String lead =
        "Round "
            + plan.round()
            + " of summary "
            + plan.summary()
            + " started by "
            + context.actor().displayName()
            + ": "
            + plan.totalJobs()
            + " jobs"
            + (executor.dryRun()
                ? " (dry-run: nothing is sent without Taskcluster credentials)"
                : "")
            + ". ";
    ChatMessage.Builder message = ChatMessage.builder();
    Replies.message(result, lead).blocks().forEach(message::block);
    if (!queued) {
      message.line(
          "The bot is too busy to trigger the jobs now; nothing was sent. Ask a perf sheriff to"
              + " trigger the round's jobs.");
    }
    return Reply.publicly(message.build(), Optional.of(plan.summary()));
  }

  private ExecutionListener progress(RetriggerPlan plan, CommandContext context) {
    return (outcome, requested, planned) ->
        thread.post(
            context,
            plan.summary(),
            ChatMessage.text(
                ExecutionListener.progressText(requested, planned)
                    + " ("
                    + outcome.step().describe()
                    + ": "
                    + outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ")"));
  }

  private static ChatMessage finalReport(RetriggerPlan plan, ExecutionReport report) {
    ChatMessage.Builder message =
        ChatMessage.builder()
            .line(
                "Round "
                    + plan.round()
                    + " of summary "
                    + plan.summary()
                    + ": "
                    + report.summary()
                    + ".");
    for (StepOutcome refused : report.refusedByQuota()) {
      message.line(Replies.sentence(refused.step().describe() + " " + refused.message()) + ".");
    }
    for (StepOutcome failed : report.failed()) {
      message.line(Replies.sentence(failed.message()) + ".");
    }
    return message.build();
  }

  /** The next round's plan with its quota lines, or the reply that explains why there is none. */
  private Planned planned(SummaryId id, UnaryOperator<RetriggerPlan> jobs) {
    RoundProposal proposal = workflow.planRound(id);
    if (proposal instanceof RoundProposal.Refused refused) {
      return Planned.refused(Reply.privately(ChatMessage.text(Replies.sentence(refused.reason()))));
    }
    RetriggerPlan plan = jobs.apply(((RoundProposal.Ready) proposal).plan());
    if (plan.isEmpty()) {
      String notes = String.join(" ", plan.notes());
      return Planned.refused(
          Reply.privately(
              ChatMessage.text(
                  "Nothing to trigger for summary "
                      + id
                      + (notes.isBlank() ? "." : ": " + notes))));
    }
    try {
      return new Planned(plan, quota.perPlatform(plan), null);
    } catch (UnknownPlatformException e) {
      return Planned.refused(Reply.privately(ChatMessage.text(Replies.sentence(e.getMessage()))));
    }
  }

  /** A plan with its quota lines, or a refusal. */
  private record Planned(RetriggerPlan plan, List<PlatformPlan> platforms, Reply refusal) {

    static Planned refused(Reply refusal) {
      return new Planned(null, List.of(), refusal);
    }

    Reply fold(
        Function<Reply, Reply> ifRefused,
        BiFunction<RetriggerPlan, List<PlatformPlan>, Reply> ifPlanned) {
      return refusal != null ? ifRefused.apply(refusal) : ifPlanned.apply(plan, platforms);
    }
  }
}
