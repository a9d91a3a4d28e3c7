package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.Block;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders neutral messages as Slack mrkdwn. Every piece of text is escaped ({@code &}, {@code <},
 * {@code >}), so nothing a person or Perfherder wrote can become a mention, a link or a broadcast
 * ({@code <!channel>}); only the renderer itself writes angle-bracket syntax.
 */
public final class Mrkdwn {

  /** Slack member ids (users {@code U…}, Enterprise Grid users {@code W…}). */
  private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  private Mrkdwn() {}

  public static String render(ChatMessage message) {
    return message.blocks().stream().map(Mrkdwn::block).collect(Collectors.joining("\n"));
  }

  /** Text with Slack's three control characters replaced by their entities. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code <url|label>}; the label loses {@code |}, which would end it early. */
  public static String link(String label, String target) {
    return "<" + escape(target) + "|" + escape(label.replace('|', '/')) + ">";
  }

  /**
   * {@code <@U123>} when the person has a Slack member id configured, else their name as text (a
   * configured id of another platform must not turn into a broken mention).
   */
  public static String mention(Person person) {
    return slackId(person).map(id -> "<@" + id + ">").orElseGet(() -> escape("@" + person.name()));
  }

  /** The person's Slack member id, if one is configured. */
  public static Optional<String> slackId(Person person) {
    return person.idOn(SlackChatPlatform.NAME).filter(id -> SLACK_USER_ID.matcher(id).matches());
  }

  private static String block(Block block) {
    if (block instanceof Block.Paragraph paragraph) {
      return inlines(paragraph);
    }
    if (block instanceof Block.Bullets bullets) {
      return bullets.items().stream()
          .map(item -> "• " + inlines(item))
          .collect(Collectors.joining("\n"));
    }
    return "```" + escape(((Block.Preformatted) block).text()) + "```";
  }

  private static String inlines(Block.Paragraph paragraph) {
    return paragraph.inlines().stream().map(Mrkdwn::inline).collect(Collectors.joining());
  }

  private static String inline(Inline inline) {
    if (inline instanceof Inline.Strong strong) {
      return "*" + escape(strong.text()) + "*";
    }
    if (inline instanceof Inline.Code code) {
      // A backtick inside would close the span early.
      return "`" + escape(code.text().replace('`', '\'')) + "`";
    }
    if (inline instanceof Inline.Link link) {
      return link(link.label(), link.target().toString());
    }
    if (inline instanceof Inline.Mention mention) {
      return mention(mention.person());
    }
    return escape(inline.plain());
  }
}
