package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one routing table: command type → handler. Buttons reach it through {@link
 * dev.perfsheriff.chat.command.ButtonCommands}, so a click and its typed form share one entry.
 */
public final class CommandRoutes {

  private final Map<Class<? extends Command>, CommandHandler<?>> routes = new LinkedHashMap<>();

  /** Every command type of the grammar, each to its handler. */
  public static CommandRoutes standard(
      HelpHandler help,
      OnCallHandler onCall,
      SummaryViews views,
      TriageActions triage,
      PerfSheriffActions perf,
      RoundActions rounds,
      CiOperations ci,
      StatusViews status) {
    return new CommandRoutes()
        .route(Command.Help.class, help)
        .route(Command.OnCall.class, onCall)
        .route(Command.Show.class, views::show)
        .route(Command.History.class, views::history)
        .route(Command.Downstream.class, triage::downstream)
        .route(Command.Pick.class, triage::pick)
        .route(Command.PickRecommended.class, triage::pickRecommended)
        .route(Command.Unpick.class, triage::unpick)
        .route(Command.Handoff.class, triage::handoff)
        .route(Command.AskHandoffNote.class, triage::askHandoffNote)
        .route(Command.Note.class, triage::note)
        .route(Command.Decide.class, perf::decide)
        .route(Command.Reopen.class, perf::reopen)
        .route(Command.LinkBug.class, perf::linkBug)
        .route(Command.AskBugNumber.class, perf::askBugNumber)
        .route(Command.Assign.class, perf::assign)
        .route(Command.FileBug.class, perf::fileBug)
        .route(Command.Retrigger.class, rounds::retrigger)
        .route(Command.Backfill.class, rounds::backfill)
        .route(Command.RoundStart.class, rounds::roundStart)
        .route(Command.RoundRetry.class, rounds::roundRetry)
        .route(Command.RoundComplete.class, rounds::roundComplete)
        .route(Command.RecordCase.class, rounds::recordCase)
        .route(Command.RetriggerJob.class, ci::retriggerJob)
        .route(Command.Quota.class, status::quota)
        .route(Command.Load.class, status::load)
        .route(Command.Report.class, status::report);
  }

  /** Adds a route; a second handler for the same type is a programming error. */
  public <C extends Command> CommandRoutes route(Class<C> type, CommandHandler<C> handler) {
    if (routes.putIfAbsent(type, handler) != null) {
      throw new IllegalStateException(type.getSimpleName() + " is routed twice");
    }
    return this;
  }

  /** The handler of {@code command}'s type. */
  @SuppressWarnings("unchecked")
  public <C extends Command> Optional<CommandHandler<C>> handlerFor(C command) {
    return Optional.ofNullable((CommandHandler<C>) routes.get(command.getClass()));
  }

  public Map<Class<? extends Command>, CommandHandler<?>> table() {
    return Collections.unmodifiableMap(routes);
  }
}
