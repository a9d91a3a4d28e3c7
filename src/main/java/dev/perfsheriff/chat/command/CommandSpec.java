package dev.perfsheriff.chat.command;

import java.util.List;
import java.util.function.Function;

/**
 * One command of the grammar: its name (one or two words), the forms it is typed in, who may use
 * it, and how its arguments are read. The parser, the help text and the {@code bot-commands.md}
 * check all read these definitions, so they cannot drift apart.
 */
public final class CommandSpec {

  private final String name;
  private final List<String> forms;
  private final Access access;
  private final String description;
  private final String example;
  private final Function<Arguments, Command> reader;

  CommandSpec(
      String name,
      List<String> forms,
      Access access,
      String description,
      String example,
      Function<Arguments, Command> reader) {
    this.name = name;
    this.forms = List.copyOf(forms);
    this.access = access;
    this.description = description;
    this.example = example;
    this.reader = reader;
  }

  /** E.g. {@code pick} or {@code round start}. */
  public String name() {
    return name;
  }

  /** Every way to type it, each starting with the name, e.g. {@code quota [<platform>]}. */
  public List<String> forms() {
    return forms;
  }

  public Access access() {
    return access;
  }

  /** One sentence: what it does. */
  public String description() {
    return description;
  }

  /** A complete example, without the prefix. */
  public String example() {
    return example;
  }

  /** Reads the arguments; throws {@link UsageException} on bad input. */
  Command read(Arguments arguments) {
    Command command = reader.apply(arguments);
    arguments.end();
    return command;
  }

  /** The name's words, for matching the start of a command line. */
  List<String> nameWords() {
    return List.of(name.split(" "));
  }
}
