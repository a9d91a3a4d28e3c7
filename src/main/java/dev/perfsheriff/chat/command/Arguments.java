package dev.perfsheriff.chat.command;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words after a command's name, read left to right with typed accessors. Each accessor names
 * the argument it expected in its complaint, so a reply can say exactly what was wrong.
 */
final class Arguments {

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  private final String text;
  private int position;

  Arguments(String text) {
    this.text = text;
  }

  boolean hasMore() {
    return !text.substring(position).isBlank();
  }

  /** The next word without consuming it, or empty at the end. */
  String peek() {
    Matcher matcher = WORD.matcher(text);
    return matcher.find(position) ? matcher.group() : "";
  }

  String word(String name) {
    Matcher matcher = WORD.matcher(text);
    if (!matcher.find(position)) {
      throw new UsageException("missing " + name + ".");
    }
    position = matcher.end();
    return matcher.group();
  }

  /** Consumes the next word if it is {@code keyword} (any case). */
  boolean keyword(String keyword) {
    if (peek().toLowerCase(Locale.ROOT).equals(keyword)) {
      word(keyword);
      return true;
    }
    return false;
  }

  SummaryId summaryId(String name) {
    return SummaryId.of(positiveNumber(name));
  }

  /** A positive number that is not a summary or alert id, e.g. a bug number. */
  long number(String name) {
    return positiveNumber(name);
  }

  AlertId alertId(String name) {
    return AlertId.of(positiveNumber(name));
  }

  /** A whole number in [min, max]. */
  int count(String name, int min, int max) {
    String word = word(name);
    if (!NUMBER.matcher(word).matches()
        || Long.parseLong(word) < min
        || Long.parseLong(word) > max) {
      String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
      throw new UsageException(name + " must be a whole number " + range + ", not `" + word + "`.");
    }
    return Integer.parseInt(word);
  }

  /** Everything left, as typed (spacing inside kept), trimmed; empty at the end. */
  String rest() {
    String rest = text.substring(position).trim();
    position = text.length();
    return rest;
  }

  String requiredRest(String name) {
    String rest = rest();
    if (rest.isEmpty()) {
      throw new UsageException("missing " + name + ".");
    }
    return rest;
  }

  /** Fails when words are left over. */
  void end() {
    if (hasMore()) {
      throw new UsageException("unexpected `" + peek() + "`.");
    }
  }

  private long positiveNumber(String name) {
    String word = word(name);
    String digits = word.startsWith("#") ? word.substring(1) : word;
    if (!NUMBER.matcher(digits).matches() || Long.parseLong(digits) == 0) {
      throw new UsageException(name + " must be a positive number, not `" + word + "`.");
    }
    return Long.parseLong(digits);
  }
}
