package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.message.Block;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;

/**
 * Neutral messages as HTML fragments for the page. Every piece of text is escaped, so nothing a
 * person or Perfherder wrote can become markup; only http(s) targets become links. A {@code !perf}
 * command in code becomes clickable: the page sends it as if typed.
 */
final class ConsoleHtml {

  private static final String COMMAND = CommandPrefix.BANG.shown("");

  private ConsoleHtml() {}

  static String render(ChatMessage message) {
    StringBuilder html = new StringBuilder();
    for (Block block : message.blocks()) {
      if (block instanceof Block.Paragraph paragraph) {
        html.append("<p>").append(inlines(paragraph)).append("</p>");
      } else if (block instanceof Block.Bullets bullets) {
        html.append("<ul>");
        bullets.items().forEach(item -> html.append("<li>").append(inlines(item)).append("</li>"));
        html.append("</ul>");
      } else {
        html.append("<pre>").append(escape(block.plain())).append("</pre>");
      }
    }
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link opening in a new tab, or the label alone when the target is not http(s). */
  static String link(String label, java.net.URI target) {
    String scheme = target.getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      return escape(label);
    }
    return "<a href=\""
        + escape(target.toString())
        + "\" target=\"_blank\" rel=\"noopener\">"
        + escape(label)
        + "</a>";
  }

  private static String inlines(Block.Paragraph paragraph) {
    StringBuilder html = new StringBuilder();
    for (Inline inline : paragraph.inlines()) {
      html.append(inline(inline));
    }
    return html.toString();
  }

  private static String inline(Inline inline) {
    if (inline instanceof Inline.Strong strong) {
      return "<strong>" + escape(strong.text()) + "</strong>";
    }
    if (inline instanceof Inline.Code code) {
      // A whole command the bot suggests (e.g. the confirm line of a preview) runs on a click; a
      // template with a <placeholder> (`handoff 1 <note>`) is to be typed, never sent as is.
      return code.text().startsWith(COMMAND) && !code.text().contains("<")
          ? "<code class=\"command\" title=\"click to send\">" + escape(code.text()) + "</code>"
          : "<code>" + escape(code.text()) + "</code>";
    }
    if (inline instanceof Inline.Link link) {
      return link(link.label(), link.target());
    }
    if (inline instanceof Inline.Mention mention) {
      return "<span class=\"mention\">" + escape(mention.plain()) + "</span>";
    }
    return escape(inline.plain());
  }
}
