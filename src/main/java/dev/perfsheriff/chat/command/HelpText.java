package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.ParseResult.Invalid;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import java.util.ArrayList;
import java.util.List;

/** Help and usage replies, generated from the grammar so they always match the parser. */
public final class HelpText {

  private final CommandGrammar grammar;

  public HelpText(CommandGrammar grammar) {
    this.grammar = grammar;
  }

  /** Every command and button, one line each. */
  public ChatMessage overview(CommandPrefix prefix) {
    List<Paragraph> commands = new ArrayList<>();
    for (CommandSpec spec : grammar.specs()) {
      commands.add(
          line(
              new Inline.Code(prefix.shown(spec.forms().get(0))),
              new Inline.Text(" — " + spec.description() + " (" + spec.access().who() + ")")));
    }
    List<Paragraph> buttons = new ArrayList<>();
    for (ActionId action : ActionId.values()) {
      buttons.add(
          line(
              new Inline.Strong(action.label()),
              new Inline.Text(" — " + action.effect() + ", like "),
              new Inline.Code(prefix.shown(ButtonCommands.typedAs(action))),
              new Inline.Text(" (" + ButtonCommands.access(action).who() + ")")));
    }
    return ChatMessage.builder()
        .line("Commands:")
        .bullets(commands)
        .line(
            "Buttons on the summary cards (the first four until the handoff, the others after it):")
        .bullets(buttons)
        .endParagraph()
        .text("Type ")
        .code(prefix.shown("help <command>"))
        .text(" for details and an example.")
        .build();
  }

  /** One command: its forms, what it does, who may use it, an example. */
  public ChatMessage command(CommandSpec spec, CommandPrefix prefix) {
    return ChatMessage.builder()
        .strong(spec.name())
        .text(" — " + spec.description())
        .bullets(usageLines(spec, prefix))
        .line("Who: " + spec.access().who() + ".")
        .text("Example: ")
        .code(prefix.shown(spec.example()))
        .build();
  }

  /** The reply to bad input: the problem, then the correct usage (or where to find it). */
  public ChatMessage invalid(Invalid invalid, CommandPrefix prefix) {
    ChatMessage.Builder reply = ChatMessage.builder().line(invalid.problem());
    if (invalid.spec().isPresent()) {
      return reply.line("Usage:").bullets(usageLines(invalid.spec().get(), prefix)).build();
    }
    return reply.text("Type ").code(prefix.shown("help")).text(" to list the commands.").build();
  }

  private static List<Paragraph> usageLines(CommandSpec spec, CommandPrefix prefix) {
    return spec.forms().stream().map(form -> line(new Inline.Code(prefix.shown(form)))).toList();
  }

  private static Paragraph line(Inline... inlines) {
    return new Paragraph(List.of(inlines));
  }
}
