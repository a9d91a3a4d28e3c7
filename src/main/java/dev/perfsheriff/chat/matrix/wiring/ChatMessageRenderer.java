package dev.perfsheriff.chat.matrix.wiring;

import static dev.perfsheriff.chat.matrix.outbound.HtmlRenderer.escape;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.matrix.FormattedText;
import dev.perfsheriff.chat.matrix.outbound.HtmlRenderer;
import dev.perfsheriff.chat.message.Block;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A neutral {@link ChatMessage} as Matrix text: a plain {@code body} and {@code
 * org.matrix.custom.html} using only tags the spec allows ({@code p}, {@code ul}/{@code li}, {@code
 * pre}, {@code code}, {@code strong}, {@code a}). All text is escaped; only http(s) targets become
 * links. Each mention of a person with a Matrix id becomes a pill and an entry of {@code
 * m.mentions}; a person without one is named in plain text and not notified.
 */
public final class ChatMessageRenderer {

  /** The platform name under which people's Matrix ids are configured. */
  static final String PLATFORM = "matrix";

  /** A Matrix user id: {@code @localpart:server}. */
  private static final Pattern USER_ID = Pattern.compile("@[^:\\s]+:\\S+");

  public FormattedText render(ChatMessage message) {
    Set<String> mentions = new LinkedHashSet<>();
    List<String> plain = new ArrayList<>();
    StringBuilder html = new StringBuilder();
    for (Block block : message.blocks()) {
      if (block instanceof Block.Paragraph paragraph) {
        plain.add(plain(paragraph));
        html.append("<p>").append(html(paragraph, mentions)).append("</p>");
      } else if (block instanceof Block.Bullets bullets) {
        html.append("<ul>");
        for (Block.Paragraph item : bullets.items()) {
          plain.add("• " + plain(item));
          html.append("<li>").append(html(item, mentions)).append("</li>");
        }
        html.append("</ul>");
      } else {
        plain.add(block.plain());
        html.append("<pre><code>").append(escape(block.plain())).append("</code></pre>");
      }
    }
    return new FormattedText(String.join("\n", plain), html.toString(), List.copyOf(mentions));
  }

  /**
   * The message addressed to {@code userId}: their pill in front (unless the message already
   * mentions them) and their id in {@code m.mentions}, so the client notifies them.
   */
  public FormattedText addressedTo(String userId, ChatMessage message) {
    FormattedText rendered = render(message);
    if (rendered.mentions().contains(userId)) {
      return rendered;
    }
    List<String> mentions = new ArrayList<>(rendered.mentions());
    mentions.add(0, userId);
    String pill = HtmlRenderer.pill(userId) + ": ";
    String html =
        rendered.html().startsWith("<p>")
            ? "<p>" + pill + rendered.html().substring("<p>".length())
            : "<p>" + pill + "</p>" + rendered.html();
    return new FormattedText(userId + ": " + rendered.body(), html, mentions);
  }

  /** The Matrix id of {@code person}, if one is configured for them. */
  public static Optional<String> matrixIdOf(Person person) {
    return person.idOn(PLATFORM).filter(id -> USER_ID.matcher(id).matches());
  }

  private static String plain(Block.Paragraph paragraph) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : paragraph.inlines()) {
      out.append(
          inline instanceof Inline.Mention mention
              ? matrixIdOf(mention.person()).orElse(mention.plain())
              : inline.plain());
    }
    return out.toString();
  }

  private static String html(Block.Paragraph paragraph, Set<String> mentions) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : paragraph.inlines()) {
      out.append(html(inline, mentions));
    }
    return out.toString();
  }

  private static String html(Inline inline, Set<String> mentions) {
    if (inline instanceof Inline.Strong strong) {
      return "<strong>" + escape(strong.text()) + "</strong>";
    }
    if (inline instanceof Inline.Code code) {
      return "<code>" + escape(code.text()) + "</code>";
    }
    if (inline instanceof Inline.Link link) {
      return link(link);
    }
    if (inline instanceof Inline.Mention mention) {
      Optional<String> id = matrixIdOf(mention.person());
      id.ifPresent(mentions::add);
      return id.map(HtmlRenderer::pill).orElseGet(() -> escape(mention.plain()));
    }
    return escape(inline.plain());
  }

  private static String link(Inline.Link link) {
    String scheme = link.target().getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      return escape(link.plain());
    }
    return "<a href=\"" + escape(link.target().toString()) + "\">" + escape(link.label()) + "</a>";
  }
}
