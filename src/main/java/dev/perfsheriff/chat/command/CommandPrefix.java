package dev.perfsheriff.chat.command;

import java.util.Locale;
import java.util.Optional;

/**
 * How a platform marks text meant for the bot. A slash command hands over only the text after
 * {@code /perf}; a chat message must start with {@code !perf}. The one place that knows this.
 */
public enum CommandPrefix {
  /** The platform delivers the text after the registered slash command. */
  SLASH("/perf"),
  /** A normal message addressed to the bot by starting with {@code !perf}. */
  BANG("!perf");

  private final String prefix;

  CommandPrefix(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The command text of {@code input}, or empty when the input is not addressed to the bot (a chat
   * message without the prefix). An empty command text means "help".
   */
  public Optional<String> commandText(String input) {
    String text = input == null ? "" : input.strip();
    if (this == SLASH) {
      return Optional.of(text);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals(prefix)) {
      return Optional.of("");
    }
    if (lower.startsWith(prefix) && Character.isWhitespace(text.charAt(prefix.length()))) {
      return Optional.of(text.substring(prefix.length()).strip());
    }
    return Optional.empty();
  }

  /** How a command is typed on this platform, e.g. {@code !perf show 29340}. */
  public String shown(String commandText) {
    return prefix + " " + commandText;
  }
}
