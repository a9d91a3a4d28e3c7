package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.command.ParseResult.Invalid;
import dev.perfsheriff.chat.command.ParseResult.Parsed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a command line (prefix already removed, see {@link CommandPrefix}) into a typed {@link
 * Command}. Never throws: every bad input becomes an {@link Invalid} that says what was wrong.
 */
public final class CommandParser {

  private final CommandGrammar grammar;

  public CommandParser(CommandGrammar grammar) {
    this.grammar = grammar;
  }

  public ParseResult parse(String commandText) {
    Arguments line = new Arguments(commandText == null ? "" : commandText);
    if (!line.hasMore()) {
      return new Parsed(new Command.Help(Optional.empty()), grammar.find("help").orElseThrow());
    }
    String first = line.word("a command").toLowerCase(Locale.ROOT);
    List<CommandSpec> candidates = grammar.startingWith(first);
    if (candidates.isEmpty()) {
      return new Invalid("I don't know the command `" + first + "`.", Optional.empty());
    }
    Optional<CommandSpec> spec = secondWord(line, candidates);
    if (spec.isEmpty()) {
      return new Invalid(
          "`" + first + "` needs one of: " + subcommands(candidates) + ".",
          Optional.of(candidates.get(0)));
    }
    try {
      return new Parsed(spec.get().read(line), spec.get());
    } catch (UsageException | IllegalArgumentException e) {
      return new Invalid(capitalized(e.getMessage()), spec);
    }
  }

  /** A one-word command, or the two-word command whose second word comes next. */
  private static Optional<CommandSpec> secondWord(Arguments line, List<CommandSpec> candidates) {
    if (candidates.size() == 1 && candidates.get(0).nameWords().size() == 1) {
      return Optional.of(candidates.get(0));
    }
    String second = line.peek().toLowerCase(Locale.ROOT);
    for (CommandSpec candidate : candidates) {
      if (candidate.nameWords().get(1).equals(second)) {
        line.word(second);
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String subcommands(List<CommandSpec> candidates) {
    return String.join(", ", candidates.stream().map(spec -> "`" + spec.name() + "`").toList());
  }

  private static String capitalized(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
