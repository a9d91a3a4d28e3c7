package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The content of an {@code m.room.message}: plain {@code body} always, {@code
 * org.matrix.custom.html} in {@code formatted_body}, {@code m.mentions} always (empty when nobody
 * is pinged, as the spec recommends), and for an edit the full new content in {@code
 * m.new_content}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageContent(
    @JsonProperty("msgtype") String msgtype,
    @JsonProperty("body") String body,
    @JsonProperty("format") String format,
    @JsonProperty("formatted_body") String formattedBody,
    @JsonProperty("m.mentions") Mentions mentions,
    @JsonProperty("m.relates_to") RelatesTo relatesTo,
    @JsonProperty("m.new_content") MessageContent newContent) {

  public static final String HTML = "org.matrix.custom.html";

  /** A bot's message: clients do not notify for notices (push rule {@code suppress_notices}). */
  public static final String NOTICE = "m.notice";

  /** A message that notifies, used when someone is pinged. */
  public static final String TEXT = "m.text";

  /** {@code m.mentions}: the users this event should notify. */
  public record Mentions(
      @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("user_ids") List<String> userIds) {

    public Mentions {
      userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    public static Mentions none() {
      return new Mentions(List.of());
    }
  }

  public static MessageContent html(String msgtype, String body, String html, Mentions mentions) {
    return new MessageContent(msgtype, body, HTML, html, mentions, null, null);
  }

  public MessageContent relatedTo(RelatesTo relation) {
    return new MessageContent(msgtype, body, format, formattedBody, mentions, relation, newContent);
  }

  /**
   * An edit of {@code original} to this content: the fallback carries a {@code *}-prefixed body and
   * no new mentions (nobody is notified again); {@code m.new_content} carries the full content.
   */
  public MessageContent asReplacementOf(String original) {
    MessageContent fallback =
        new MessageContent(
            msgtype,
            "* " + body,
            format,
            formattedBody == null ? null : "* " + formattedBody,
            Mentions.none(),
            RelatesTo.replace(original),
            this);
    return fallback;
  }
}
