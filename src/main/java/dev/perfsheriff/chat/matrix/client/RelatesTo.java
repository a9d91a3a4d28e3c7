package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code m.relates_to} of an event: a thread reply ({@code m.thread}), an edit ({@code
 * m.replace}), a reaction ({@code m.annotation} with a {@code key}) or a rich reply ({@code
 * m.in_reply_to} only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatesTo(
    @JsonProperty("rel_type") String relType,
    @JsonProperty("event_id") String eventId,
    @JsonProperty("key") String key,
    @JsonProperty("is_falling_back") Boolean isFallingBack,
    @JsonProperty("m.in_reply_to") InReplyTo inReplyTo) {

  public static final String THREAD = "m.thread";
  public static final String REPLACE = "m.replace";
  public static final String ANNOTATION = "m.annotation";

  /** The target of a rich reply. */
  public record InReplyTo(@JsonProperty("event_id") String eventId) {}

  /**
   * A reply in the thread of {@code root}, with the reply fallback the spec asks for so clients
   * without threads still show it as a reply to the root.
   */
  public static RelatesTo thread(String root) {
    return new RelatesTo(THREAD, root, null, true, new InReplyTo(root));
  }

  /**
   * A reply to {@code target} inside the thread of {@code root}: a real reply, not the fallback, so
   * clients show which message of the thread it answers.
   */
  public static RelatesTo threadReply(String root, String target) {
    return new RelatesTo(THREAD, root, null, false, new InReplyTo(target));
  }

  public static RelatesTo replace(String original) {
    return new RelatesTo(REPLACE, original, null, null, null);
  }

  public static RelatesTo annotation(String target, String key) {
    return new RelatesTo(ANNOTATION, target, key, null, null);
  }

  public static RelatesTo reply(String target) {
    return new RelatesTo(null, null, null, null, new InReplyTo(target));
  }
}
