package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ChatProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every command the bot understands, in help order. The single source of truth for the parser, the
 * help text and the {@code bot-commands.md} check.
 */
public final class CommandGrammar {

  private final List<CommandSpec> specs;

  public CommandGrammar(ChatProperties.Commands limits) {
    List<CommandSpec> all = new ArrayList<>();
    all.addAll(ReadCommands.specs());
    all.addAll(SummaryCommands.specs(limits));
    all.addAll(PerfSheriffCommands.specs());
    all.addAll(DutyCommands.specs());
    all.addAll(CiCommands.specs(limits));
    this.specs = Collections.unmodifiableList(all);
  }

  public List<CommandSpec> specs() {
    return specs;
  }

  /** The command called {@code name} (any case), e.g. {@code round start}. */
  public Optional<CommandSpec> find(String name) {
    String wanted = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return specs.stream().filter(spec -> spec.name().equals(wanted)).findFirst();
  }

  /** The names of the commands whose first word is {@code word}, e.g. the two rounds. */
  List<CommandSpec> startingWith(String word) {
    return specs.stream().filter(spec -> spec.nameWords().get(0).equals(word)).toList();
  }
}
