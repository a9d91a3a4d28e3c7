package dev.perfsheriff.chat.matrix;

import java.util.List;

/**
 * A message already rendered for Matrix: the plain {@code body}, its {@code org.matrix.custom.html}
 * form, and the users it should notify ({@code m.mentions}).
 */
public record FormattedText(String body, String html, List<String> mentions) {

  public FormattedText {
    mentions = List.copyOf(mentions);
  }
}
