package dev.perfsheriff.chat.slack;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.CommandRoutes;
import dev.perfsheriff.chat.dispatch.HelpHandler;
import dev.perfsheriff.chat.dispatch.OnCallHandler;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The chat core's dispatcher with its real parser, roles and access checks, but scripted routes for
 * the summary commands: each is recorded and answered publicly with its name. Stands in for the
 * workflow-backed handlers the chat wiring provides.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedChatCore {

  @Bean
  Handled handledCommands() {
    return new Handled();
  }

  @Bean
  ChatDispatcher chatDispatcher(
      CommandParser parser,
      HelpText help,
      Roles roles,
      HelpHandler helpHandler,
      OnCallHandler onCall,
      Handled handled) {
    CommandRoutes routes =
        new CommandRoutes()
            .route(Command.Help.class, helpHandler)
            .route(Command.OnCall.class, onCall)
            .route(Command.Show.class, handled::answer)
            .route(Command.Pick.class, handled::answer)
            .route(Command.PickRecommended.class, handled::answer)
            .route(Command.Retrigger.class, handled::answer)
            .route(Command.Handoff.class, handled::answer);
    return new ChatDispatcher(parser, help, roles, routes);
  }

  /** The commands the scripted routes received, in order. */
  public static class Handled {

    public final List<Command> commands = new CopyOnWriteArrayList<>();

    Reply answer(Command command, CommandContext context) {
      commands.add(command);
      return Reply.publicly(
          ChatMessage.text("handled " + command.getClass().getSimpleName()), command.summary());
    }
  }
}
