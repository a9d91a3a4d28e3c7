package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.RoundActions;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.WorkflowOverview;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.CaseKind;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.Round;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Rounds and workflow cases: {@code retrigger} and {@code backfill} preview the next round or, with
 * {@code confirm}, start it and trigger it ({@link RoundLauncher}); {@code round start} starts it
 * with a purpose; {@code round complete} and {@code case} go to the workflow service.
 */
public final class RoundHandlers implements RoundActions {

  private final RoundLauncher rounds;
  private final WorkflowService workflow;
  private final WorkflowReports reports;
  private final ChatWork work;
  private final Clock clock;

  public RoundHandlers(
      RoundLauncher rounds,
      WorkflowService workflow,
      WorkflowReports reports,
      ChatWork work,
      Clock clock) {
    this.rounds = rounds;
    this.workflow = workflow;
    this.reports = reports;
    this.work = work;
    this.clock = clock;
  }

  @Override
  public Reply retrigger(Command.Retrigger command, CommandContext context) {
    UnaryOperator<RetriggerPlan> all = UnaryOperator.identity();
    return work.answer(
        context,
        "retrigger",
        () ->
            command.confirm()
                ? rounds.start(command.summaryId(), RoundOptions.DEFAULT, all, "", context)
                : rounds.preview(
                    command.summaryId(),
                    RoundOptions.DEFAULT,
                    all,
                    "retrigger " + command.summaryId() + " confirm",
                    context));
  }

  @Override
  public Reply backfill(Command.Backfill command, CommandContext context) {
    UnaryOperator<RetriggerPlan> backfills = plan -> backfills(plan, command);
    String confirm =
        "backfill "
            + command.summaryId()
            + command.alert().map(alert -> " " + alert).orElse("")
            + " confirm";
    return work.answer(
        context,
        "backfill",
        () ->
            command.confirm()
                ? rounds.start(
                    command.summaryId(), RoundOptions.DEFAULT, backfills, "backfill", context)
                : rounds.preview(
                    command.summaryId(), RoundOptions.DEFAULT, backfills, confirm, context));
  }

  @Override
  public Reply roundStart(Command.RoundStart command, CommandContext context) {
    return work.answer(
        context,
        "round start",
        () ->
            rounds.start(
                command.summaryId(),
                command.options(),
                UnaryOperator.identity(),
                command.purpose(),
                context));
  }

  @Override
  public Reply roundRetry(Command.RoundRetry command, CommandContext context) {
    return work.answer(context, "round retry", () -> rounds.retry(command.summaryId(), context));
  }

  @Override
  public Reply roundComplete(Command.RoundComplete command, CommandContext context) {
    return work.answer(
        context,
        "round complete",
        () -> {
          Optional<String> mismatch = wrongRound(command);
          if (mismatch.isPresent()) {
            return Reply.privately(ChatMessage.text(mismatch.get()));
          }
          return Replies.of(
              workflow.completeRound(command.summaryId(), context.actor(), ActingRole.of(context)));
        });
  }

  @Override
  public Reply recordCase(Command.RecordCase command, CommandContext context) {
    return work.answer(context, "case", () -> recordedCase(command, context));
  }

  private Reply recordedCase(Command.RecordCase command, CommandContext context) {
    CaseKind kind = command.bucket().kind().orElseThrow();
    WorkflowResult result =
        workflow.recordCase(
            command.summaryId(),
            kind,
            command.bucket(),
            command.note(),
            context.actor(),
            ActingRole.of(context));
    if (!result.allowed()) {
      return Replies.of(result);
    }
    Instant now = clock.instant();
    Instant monthStart =
        now.atZone(ZoneOffset.UTC)
            .toLocalDate()
            .withDayOfMonth(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    // The case was stored at the workflow's clock (microseconds): include that instant.
    long count = reports.cases(monthStart, now.plusSeconds(1)).count(kind, command.bucket());
    ChatMessage.Builder message = ChatMessage.builder();
    Replies.message(result, "").blocks().forEach(message::block);
    message.line(command.bucket().word() + " cases this month: " + count + ".");
    return Reply.publicly(message.build(), Optional.of(command.summaryId()));
  }

  /** A refusal when the named round is not the summary's pending one. */
  private Optional<String> wrongRound(Command.RoundComplete command) {
    OptionalInt named = command.round();
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Optional<Round> pending =
        workflow
            .show(command.summaryId())
            .map(WorkflowOverview::record)
            .flatMap(WorkflowRecord::pendingRound);
    if (pending.isPresent() && pending.get().number() == named.getAsInt()) {
      return Optional.empty();
    }
    return Optional.of(
        pending
            .map(
                round ->
                    "Round "
                        + named.getAsInt()
                        + " is not the pending round of summary "
                        + command.summaryId()
                        + "; round "
                        + round.number()
                        + " is.")
            .orElse("Summary " + command.summaryId() + " has no pending round to complete."));
  }

  /** The plan's backfills (and add-new jobs) only, of one alert when the command names one. */
  private static RetriggerPlan backfills(RetriggerPlan plan, Command.Backfill command) {
    List<PlannedJob> jobs =
        plan.jobs().stream()
            .filter(job -> job.kind() != JobKind.RETRIGGER)
            .filter(job -> command.alert().map(job.alert()::equals).orElse(true))
            .toList();
    return new RetriggerPlan(plan.summary(), plan.round(), jobs, plan.notes());
  }
}
