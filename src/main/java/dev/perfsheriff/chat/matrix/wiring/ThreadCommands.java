package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.CommandSpec;
import dev.perfsheriff.chat.command.ParseResult;
import dev.perfsheriff.shared.SummaryId;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a command typed in a card's thread omit the summary id: {@code handoff noisy} in the thread
 * of summary 29340 is read as {@code handoff 29340 noisy}. The id is inserted after the command's
 * name when that makes a command about the thread's summary; a command that already names the
 * thread's summary, or that is about no summary ({@code quota}, {@code help}), stays as typed.
 * Inserting wins over reading the first number as a summary id, because in a thread a bare number
 * is far more often an alert ({@code pick 116589}) or an upstream ({@code downstream 29338}).
 */
public final class ThreadCommands {

  private final CommandGrammar grammar;
  private final CommandParser parser;

  public ThreadCommands(CommandGrammar grammar, CommandParser parser) {
    this.grammar = grammar;
    this.parser = parser;
  }

  /** The command text to dispatch for {@code text} typed in the thread of {@code summary}. */
  public String complete(String text, Optional<SummaryId> summary) {
    if (summary.isEmpty() || isAbout(text, summary.get())) {
      return text;
    }
    return withSummary(text, summary.get())
        .filter(completed -> isAbout(completed, summary.get()))
        .orElse(text);
  }

  private boolean isAbout(String text, SummaryId summary) {
    return parser.parse(text) instanceof ParseResult.Parsed parsed
        && parsed.command().summary().equals(Optional.of(summary));
  }

  /** {@code text} with the id after the longest command name it starts with. */
  private Optional<String> withSummary(String text, SummaryId summary) {
    String stripped = text.strip();
    return grammar.specs().stream()
        .map(CommandSpec::name)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(name -> namePrefix(name).matcher(stripped))
        .filter(Matcher::lookingAt)
        .findFirst()
        .map(
            name -> {
              String rest = stripped.substring(name.end()).strip();
              return stripped.substring(0, name.end())
                  + " "
                  + summary
                  + (rest.isEmpty() ? "" : " " + rest);
            });
  }

  private static Pattern namePrefix(String name) {
    return Pattern.compile(
        Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  }
}
