package dev.perfsheriff.notes;

import java.util.regex.Pattern;

/**
 * Turns what chat delivered into what Perfherder's notes can show: plain text on one line. The web
 * UI prints notes as they are, so Slack's mrkdwn (mentions {@code <@U123>}, links {@code
 * <https://x|label>}, broadcasts {@code <!here>}, {@code *bold*}, {@code _italic_}, {@code
 * ~strike~}, code spans, and the entities {@code &amp; &lt; &gt;} Slack escapes text with — see
 * Slack's "Formatting text for app surfaces") would appear raw. The tag brackets are taken out so a
 * message cannot pose as another message's line; an overlong text is cut with a marker.
 */
final class PlainText {

  private static final Pattern LABELLED_LINK =
      Pattern.compile("<((?:https?|mailto):[^|>]+)\\|([^>]+)>");
  private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)>");
  private static final Pattern MENTION = Pattern.compile("<[@#]([A-Z0-9]+)(?:\\|([^>]+))?>");
  private static final Pattern BROADCAST = Pattern.compile("<!([a-z]+)(?:\\|[^>]*)?>");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*_~])([*_~])(\\S(?:.*?\\S)?)\\1(?![\\w*_~])");
  private static final String CODE_FENCE = "```";

  private PlainText() {}

  static String of(String text) {
    String plain = text == null ? "" : text;
    plain = plain.replace(CODE_FENCE, "").replace("`", "");
    plain = LABELLED_LINK.matcher(plain).replaceAll("$2 ($1)");
    plain = LINK.matcher(plain).replaceAll("$1");
    plain =
        MENTION
            .matcher(plain)
            .replaceAll(m -> "@" + (m.group(2) != null ? m.group(2) : m.group(1)));
    plain = BROADCAST.matcher(plain).replaceAll("@$1");
    plain = EMPHASIS.matcher(plain).replaceAll("$2");
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    plain = plain.replace('⟨', '(').replace('⟩', ')');
    return NotesLineFormat.oneLine(plain);
  }

  /**
   * {@code text} cut to {@code max} characters with a marker saying where the whole message is;
   * unchanged when it fits.
   */
  static String cut(String text, int max, String where) {
    if (text.length() <= max) {
      return text;
    }
    String marker = " … [cut; the whole message: " + where + "]";
    int keep = Math.max(0, max - marker.length());
    return text.substring(0, keep).stripTrailing() + marker;
  }
}
