package dev.perfsheriff.chat.command;

import java.util.Optional;

/** What the parser made of a command line: a command, or a problem to explain with the usage. */
public sealed interface ParseResult {

  record Parsed(Command command, CommandSpec spec) implements ParseResult {}

  /**
   * @param problem one sentence saying what was wrong
   * @param spec the command whose usage to show; empty when the command name itself was unknown
   */
  record Invalid(String problem, Optional<CommandSpec> spec) implements ParseResult {}
}
