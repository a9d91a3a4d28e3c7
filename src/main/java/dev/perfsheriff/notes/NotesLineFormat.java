package dev.perfsheriff.notes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes line of a thread message, e.g. {@code [2026-11-23 14:05Z] alice (slack): more
 * retriggers needed on windows ⟨slack:1732370700.123⟩}. The tag at the end names the message, so an
 * edit or deletion in chat finds exactly the line the bot wrote for it; a line without a tag (and
 * not a bot workflow line) was written by someone in the web UI.
 */
final class NotesLineFormat {

  /** Bot workflow lines (see {@code workflow.domain.NotesLine}) start with this. */
  static final String WORKFLOW_PREFIX = "[perf-sheriff-bot]";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern TAG = Pattern.compile("⟨([a-z]+):([^⟩\\s]+)⟩\\s*$");

  /** A message's tag: its platform and its id there. */
  record Tag(String platform, String messageId) {
    String text() {
      return "⟨" + platform + ":" + messageId + "⟩";
    }
  }

  private NotesLineFormat() {}

  static String format(Instant at, String author, Tag tag, String plainText) {
    return "["
        + TIME.format(at)
        + "] "
        + oneLine(author)
        + " ("
        + tag.platform()
        + "): "
        + plainText
        + " "
        + tag.text();
  }

  static Optional<Tag> tagOf(String line) {
    Matcher m = TAG.matcher(line);
    return m.find() ? Optional.of(new Tag(m.group(1), m.group(2))) : Optional.empty();
  }

  /** Lines the bot wrote: tagged thread messages and workflow lines. Never mirrored back. */
  static boolean isBots(String line) {
    return line.startsWith(WORKFLOW_PREFIX) || tagOf(line).isPresent();
  }

  /** Whitespace and line breaks folded to single spaces: a message is one notes line. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
