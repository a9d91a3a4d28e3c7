package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.PlanPreviewText;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.rounds.RoundOutcome;
import dev.perfsheriff.rounds.RoundRunner;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.RoundProposal;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Previews and starts rounds: the workflow's plan for the next round next to the quota left; on
 * confirm, the {@code rounds} module runs it in the background (stored first, sent step by step,
 * counted only when enough picked alerts had their jobs requested), with progress and the outcome
 * in the summary's thread. Only translation and rendering happen here.
 */
public final class RoundLauncher {

  private final WorkflowService workflow;
  private final PlanQuota quota;
  private final LoadWarning load;
  private final RoundRunner runner;
  private final ChatWork work;
  private final ThreadPoster thread;

  public RoundLauncher(
      WorkflowService workflow,
      PlanQuota quota,
      LoadWarning load,
      RoundRunner runner,
      ChatWork work,
      ThreadPoster thread) {
    this.workflow = workflow;
    this.quota = quota;
    this.load = load;
    this.runner = runner;
    this.work = work;
    this.thread = thread;
  }

  /** The private preview of the next round's jobs (narrowed by {@code jobs}), with the quota. */
  public Reply preview(
      SummaryId id,
      RoundOptions options,
      UnaryOperator<RetriggerPlan> jobs,
      String confirm,
      CommandContext context) {
    Planned planned = planned(id, options, jobs);
    if (planned.refusal() != null) {
      return planned.refusal();
    }
    return Reply.privately(previewText(planned, Optional.of(confirm), context).build());
  }

  /**
   * Starts the next round with {@code purpose}: its reply is the same preview (jobs per platform as
   * the ledger counts them, quota left, backlog warning) followed by the trigger, so no path
   * triggers without showing it; a plan over the quota is refused with that preview.
   */
  public Reply start(
      SummaryId id,
      RoundOptions options,
      UnaryOperator<RetriggerPlan> jobs,
      String purpose,
      CommandContext context) {
    Planned planned = planned(id, options, jobs);
    if (planned.refusal() != null) {
      return planned.refusal();
    }
    if (!planned.platforms().stream().allMatch(PlatformPlan::fits)) {
      ChatMessage.Builder message = ChatMessage.builder().line("Not started:");
      previewText(planned, Optional.empty(), context).build().blocks().forEach(message::block);
      return Reply.privately(message.build());
    }
    return launch(planned, options, purpose, context);
  }

  private ChatMessage.Builder previewText(
      Planned planned, Optional<String> confirm, CommandContext context) {
    ChatMessage.Builder message = ChatMessage.builder();
    (confirm.isPresent()
            ? PlanPreviewText.preview(
                planned.plan(), planned.platforms(), context.prefix(), confirm.get())
            : PlanPreviewText.preview(planned.plan(), planned.platforms(), context.prefix()))
        .blocks()
        .forEach(message::block);
    load.beforeTrigger().ifPresent(message::line);
    if (runner.dryRun()) {
      message.line("Dry-run: without Taskcluster credentials nothing will be sent.");
    }
    return message;
  }

  /**
   * Sends the round's jobs in the background through the rounds module; the round counts (and the
   * card changes) only when enough picked alerts had their jobs requested.
   */
  private Reply launch(
      Planned planned, RoundOptions options, String purpose, CommandContext context) {
    RetriggerPlan plan = planned.plan();
    String key = "summary-" + plan.summary() + "/round-" + plan.round();
    boolean queued =
        work.submit(
            "trigger " + key,
            () -> {
              RoundOutcome outcome =
                  runner.start(
                      plan,
                      planned.proposal().alerts(),
                      planned.proposal().newPicks(),
                      options,
                      purpose,
                      context.actor(),
                      ActingRole.of(context),
                      line -> thread.post(context, plan.summary(), ChatMessage.text(line)));
              thread.post(context, plan.summary(), outcomeMessage(outcome));
            });
    if (!queued) {
      return Reply.privately(
          ChatMessage.text(
              "The bot is too busy to trigger the jobs now; nothing was sent and round "
                  + plan.round()
                  + " is not started. Try again in a minute."));
    }
    ChatMessage.Builder message =
        ChatMessage.builder()
            .line(
                "Round "
                    + plan.round()
                    + " of summary "
                    + plan.summary()
                    + ": "
                    + context.actor().displayName()
                    + " is requesting "
                    + plan.totalJobs()
                    + " jobs. The round counts once at least half of the picked alerts had their"
                    + " jobs requested; progress follows in the thread.");
    previewText(planned, Optional.empty(), context).build().blocks().forEach(message::block);
    return Reply.publicly(message.build(), Optional.of(plan.summary()));
  }

  /** Resends the failed steps of the summary's latest round in the background. */
  public Reply retry(SummaryId id, CommandContext context) {
    boolean queued =
        work.submit(
            "retry summary-" + id,
            () ->
                thread.post(
                    context,
                    id,
                    outcomeMessage(
                        runner.retry(
                            id,
                            context.actor(),
                            line -> thread.post(context, id, ChatMessage.text(line))))));
    String text =
        queued
            ? "Resending what failed in the latest round of summary "
                + id
                + "; the result follows in the thread."
            : "The bot is too busy to resend now; nothing was sent. Try again in a minute.";
    return Reply.privately(ChatMessage.text(text));
  }

  /** The thread's final line of a round: counted or not, and every step that failed and why. */
  static ChatMessage outcomeMessage(RoundOutcome outcome) {
    String head =
        switch (outcome.status()) {
          case STARTED -> "started";
          case RESENT -> "failed steps resent";
          case FAILED -> "NOT started";
          case REFUSED -> "nothing sent";
        };
    ChatMessage.Builder message =
        ChatMessage.builder()
            .line(
                "Round "
                    + outcome.round()
                    + " of summary "
                    + outcome.summary()
                    + " "
                    + head
                    + (outcome.report().isBlank() ? "" : ": " + outcome.report())
                    + ".");
    if (outcome.workflow() != null && outcome.workflow().allowed()) {
      Replies.message(outcome.workflow(), "").blocks().forEach(message::block);
    }
    outcome.problems().forEach(p -> message.line(Replies.sentence(p) + "."));
    return message.build();
  }

  /** The next round's plan with its quota lines, or the reply that explains why there is none. */
  private Planned planned(SummaryId id, RoundOptions options, UnaryOperator<RetriggerPlan> jobs) {
    RoundProposal proposal = workflow.planRound(id, options);
    if (proposal instanceof RoundProposal.Refused refused) {
      return Planned.refused(Reply.privately(ChatMessage.text(Replies.sentence(refused.reason()))));
    }
    RoundProposal.Ready ready = (RoundProposal.Ready) proposal;
    RetriggerPlan plan = jobs.apply(ready.plan());
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
      return new Planned(ready, plan, quota.perPlatform(plan), null);
    } catch (UnknownPlatformException e) {
      return Planned.refused(Reply.privately(ChatMessage.text(Replies.sentence(e.getMessage()))));
    }
  }

  /** A plan with its quota lines, or a refusal. */
  private record Planned(
      RoundProposal.Ready proposal,
      RetriggerPlan plan,
      List<PlatformPlan> platforms,
      Reply refusal) {

    static Planned refused(Reply refusal) {
      return new Planned(null, null, List.of(), refusal);
    }
  }
}
