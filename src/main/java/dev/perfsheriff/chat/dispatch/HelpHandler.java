package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.ButtonCommands;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandSpec;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import java.util.List;
import java.util.Locale;

/** Answers {@code help}: the overview, one command (or a family like {@code round}), a button. */
public final class HelpHandler implements CommandHandler<Command.Help> {

  private final CommandGrammar grammar;
  private final HelpText help;

  public HelpHandler(CommandGrammar grammar) {
    this.grammar = grammar;
    this.help = new HelpText(grammar);
  }

  @Override
  public Reply handle(Command.Help command, CommandContext context) {
    if (command.topic().isEmpty()) {
      return Reply.privately(help.overview(context.prefix()));
    }
    String topic = command.topic().get().toLowerCase(Locale.ROOT);
    List<CommandSpec> matching =
        grammar.specs().stream()
            .filter(spec -> spec.name().equals(topic) || spec.name().startsWith(topic + " "))
            .toList();
    if (!matching.isEmpty()) {
      ChatMessage.Builder reply = ChatMessage.builder();
      matching.forEach(spec -> help.command(spec, context.prefix()).blocks().forEach(reply::block));
      return Reply.privately(reply.build());
    }
    return ActionId.fromId(topic)
        .map(action -> Reply.privately(button(action, context)))
        .orElseGet(() -> Reply.privately(unknownTopic(topic, context)));
  }

  private ChatMessage unknownTopic(String topic, CommandContext context) {
    ChatMessage.Builder reply =
        ChatMessage.builder().line("There is no command or button called `" + topic + "`.");
    help.overview(context.prefix()).blocks().forEach(reply::block);
    return reply.build();
  }

  private static ChatMessage button(ActionId action, CommandContext context) {
    return ChatMessage.builder()
        .strong(action.label())
        .text(" (button `" + action.id() + "`) — " + action.effect() + ". Same as ")
        .code(context.prefix().shown(ButtonCommands.typedAs(action)))
        .text(". Who: " + ButtonCommands.access(action).who() + ".")
        .build();
  }
}
