package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The content of an {@code m.reaction}: only its {@code m.annotation} relation. */
public record ReactionContent(@JsonProperty("m.relates_to") RelatesTo relatesTo) {

  public static ReactionContent of(String target, String key) {
    return new ReactionContent(RelatesTo.annotation(target, key));
  }
}
