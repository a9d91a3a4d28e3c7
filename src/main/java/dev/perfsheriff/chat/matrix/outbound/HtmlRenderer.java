package dev.perfsheriff.chat.matrix.outbound;

import dev.perfsheriff.chat.matrix.MatrixMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link MatrixMessage} as a plain {@code body} and an {@code org.matrix.custom.html}
 * {@code formatted_body} using only tags the spec allows ({@code strong}, {@code br}, {@code a}).
 * All text is escaped; links other than http(s) are shown as text, never as links.
 */
public final class HtmlRenderer {

  private static final String MATRIX_TO = "https://matrix.to/#/";

  /** A rendered message. */
  public record Rendered(String body, String html) {}

  public Rendered render(MatrixMessage message) {
    List<String> plain = new ArrayList<>();
    List<String> html = new ArrayList<>();
    if (!message.title().isBlank()) {
      plain.add(message.title());
      html.add("<strong>" + escape(message.title()) + "</strong>");
    }
    for (String line : message.lines()) {
      plain.add(line);
      html.add(escape(line));
    }
    if (!message.links().isEmpty()) {
      plain.add(
          message.links().stream()
              .map(link -> link.label() + ": " + link.target())
              .collect(Collectors.joining(" | ")));
      html.add(message.links().stream().map(HtmlRenderer::link).collect(Collectors.joining(" | ")));
    }
    return new Rendered(String.join("\n", plain), String.join("<br>", html));
  }

  /**
   * The message prefixed with a mention of each user: a matrix.to pill in HTML and the user id in
   * the plain body (clients show the pill; {@code m.mentions} does the notifying).
   */
  public Rendered renderPing(List<String> userIds, MatrixMessage message) {
    Rendered rendered = render(message);
    String plainNames = String.join(", ", userIds);
    String pills = userIds.stream().map(HtmlRenderer::pill).collect(Collectors.joining(", "));
    return new Rendered(plainNames + ": " + rendered.body(), pills + ": " + rendered.html());
  }

  public static String pill(String userId) {
    return "<a href=\"" + MATRIX_TO + escape(userId) + "\">" + escape(userId) + "</a>";
  }

  private static String link(MatrixMessage.Link link) {
    String scheme = link.target().getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      return escape(link.label() + ": " + link.target());
    }
    return "<a href=\"" + escape(link.target().toString()) + "\">" + escape(link.label()) + "</a>";
  }

  public static String escape(String text) {
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
}
