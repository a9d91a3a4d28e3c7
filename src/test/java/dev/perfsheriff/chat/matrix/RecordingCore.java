package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.CommandRoutes;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.matrix.wiring.ThreadCommands;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.ops.BotMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The chat core's real dispatcher (parser, roles, routing) for a small team, with handlers that
 * only record the commands reaching them and answer publicly with the command's name.
 */
final class RecordingCore {

  static final String ALICE = "@alice:mozilla.org";
  static final String BOB = "@bob:mozilla.org";

  /** Alice is a code sheriff, Bob (a person with a Matrix id) a perf sheriff. */
  static final ChatProperties TEAM =
      new ChatProperties(
          new ChatProperties.Sheriffs(List.of("matrix:" + ALICE), List.of("bob")),
          Map.of("bob", List.of("matrix:" + BOB)),
          ChatProperties.Rotation.none(),
          ChatProperties.Commands.defaults());

  final List<Command> handled = Collections.synchronizedList(new ArrayList<>());
  private final CommandGrammar grammar = new CommandGrammar(TEAM.commands());
  private final CommandParser parser = new CommandParser(grammar);

  ChatDispatcher dispatcher() {
    CommandRoutes routes =
        new CommandRoutes()
            .route(Command.Downstream.class, this::record)
            .route(Command.PickRecommended.class, this::record)
            .route(Command.Retrigger.class, this::record)
            .route(Command.Handoff.class, this::record)
            .route(Command.AskHandoffNote.class, this::record)
            .route(Command.Decide.class, this::record)
            .route(Command.AskBugNumber.class, this::record)
            .route(Command.FileBug.class, this::record)
            .route(Command.Quota.class, this::record);
    return new ChatDispatcher(
        parser,
        new HelpText(grammar),
        new Roles(TEAM),
        routes,
        new BotMetrics(new SimpleMeterRegistry(), java.time.Clock.systemUTC()));
  }

  ThreadCommands threadCommands() {
    return new ThreadCommands(grammar, parser);
  }

  private Reply record(Command command, CommandContext context) {
    handled.add(command);
    return Reply.publicly(
        ChatMessage.text("handled " + command.getClass().getSimpleName()), command.summary());
  }
}
