package dev.perfsheriff.chat.matrix;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral message as the Matrix transport renders it: a title, lines of plain text and
 * links. The chat core's card model maps onto this; {@link
 * dev.perfsheriff.chat.matrix.outbound.HtmlRenderer} turns it into a plain body and HTML.
 */
public record MatrixMessage(String title, List<String> lines, List<Link> links) {

  /** A link shown with {@code label}; only http(s) targets are rendered as links. */
  public record Link(String label, URI target) {}

  public MatrixMessage {
    title = title == null ? "" : title;
    lines = lines == null ? List.of() : List.copyOf(lines);
    links = links == null ? List.of() : List.copyOf(links);
  }

  public static MatrixMessage text(String line) {
    return new MatrixMessage("", List.of(line), List.of());
  }

  /** This message with {@code line} appended. */
  public MatrixMessage withLine(String line) {
    List<String> more = new ArrayList<>(lines);
    more.add(line);
    return new MatrixMessage(title, more, links);
  }
}
