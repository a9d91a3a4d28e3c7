package dev.perfsheriff.chat.matrix.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.matrix.client.MessageContent.Mentions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the client puts on the wire has the shapes of the Client-Server spec's examples
 * (threading, event replacements, annotations, mentions, sync filters).
 */
class EventShapesTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aThreadReplyRelatesToTheRootWithTheReplyFallback() {
    MessageContent reply =
        MessageContent.html(MessageContent.NOTICE, "hi", "<b>hi</b>", Mentions.none())
            .relatedTo(RelatesTo.thread("$root"));

    assertThat(tree(reply))
        .isEqualTo(
            parse(
                """
                {"msgtype":"m.notice","body":"hi","format":"org.matrix.custom.html",
                 "formatted_body":"<b>hi</b>","m.mentions":{},
                 "m.relates_to":{"rel_type":"m.thread","event_id":"$root","is_falling_back":true,
                                 "m.in_reply_to":{"event_id":"$root"}}}
                """));
  }

  @Test
  void anEditCarriesTheFullNewContentAndAStarredFallback() {
    MessageContent edit =
        MessageContent.html(MessageContent.NOTICE, "new", "<b>new</b>", Mentions.none())
            .asReplacementOf("$card");

    assertThat(tree(edit))
        .isEqualTo(
            parse(
                """
                {"msgtype":"m.notice","body":"* new","format":"org.matrix.custom.html",
                 "formatted_body":"* <b>new</b>","m.mentions":{},
                 "m.relates_to":{"rel_type":"m.replace","event_id":"$card"},
                 "m.new_content":{"msgtype":"m.notice","body":"new",
                                  "format":"org.matrix.custom.html","formatted_body":"<b>new</b>",
                                  "m.mentions":{}}}
                """));
  }

  @Test
  void aReactionIsAnAnnotationWithAKey() {
    assertThat(tree(ReactionContent.of("$card", "🔁")))
        .isEqualTo(
            parse(
                """
                {"m.relates_to":{"rel_type":"m.annotation","event_id":"$card","key":"🔁"}}
                """));
  }

  @Test
  void mentionsListTheUserIds() {
    assertThat(tree(new Mentions(List.of("@ps:mozilla.org"))))
        .isEqualTo(parse("{\"user_ids\":[\"@ps:mozilla.org\"]}"));
  }

  @Test
  void theSyncFilterAsksOnlyForTheRoomsMessagesReactionsAndRedactions() {
    JsonNode filter = tree(SyncFilter.timelineOf("!room:x", 50));

    assertThat(filter.path("room").path("rooms")).isEqualTo(parse("[\"!room:x\"]"));
    assertThat(filter.path("room").path("timeline"))
        .isEqualTo(
            parse(
                """
                {"types":["m.room.message","m.reaction","m.room.redaction"],"limit":50}
                """));
    for (JsonNode quiet :
        List.of(
            filter.path("presence"),
            filter.path("account_data"),
            filter.path("room").path("state"),
            filter.path("room").path("ephemeral"),
            filter.path("room").path("account_data"))) {
      assertThat(quiet).isEqualTo(parse("{\"not_types\":[\"*\"]}"));
    }
  }

  private JsonNode tree(Object value) {
    return json.valueToTree(value);
  }

  private JsonNode parse(String text) {
    return json.readTree(text);
  }
}
