package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.matrix.FakeHomeserver.Received;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the bot sent to a {@link FakeHomeserver}'s room, read the way a person reads the room:
 * cards, their reactions, their threads, who was mentioned and what answers what.
 */
final class RoomTranscript {

  private final FakeHomeserver homeserver;

  RoomTranscript(FakeHomeserver homeserver) {
    this.homeserver = homeserver;
  }

  /** Every {@code m.room.message} content the bot sent, in order. */
  List<JsonNode> messages() {
    return sendsOf("m.room.message").stream().map(Received::body).toList();
  }

  List<Received> sendsOf(String type) {
    return homeserver.sends().stream()
        .filter(s -> s.path().contains("/send/" + type + "/"))
        .toList();
  }

  /** Messages without a relation (cards) whose body contains {@code text}. */
  List<JsonNode> cardsContaining(String text) {
    return messages().stream()
        .filter(m -> m.path("m.relates_to").isMissingNode())
        .filter(m -> body(m).contains(text))
        .toList();
  }

  List<JsonNode> reactionsOn(String card) {
    return sendsOf("m.reaction").stream()
        .map(Received::body)
        .filter(r -> r.path("m.relates_to").path("event_id").asString("").equals(card))
        .toList();
  }

  /** The {@code m.thread} replies whose root is {@code card}. */
  List<JsonNode> threadOf(String card) {
    return messages().stream()
        .filter(m -> relation(m).equals("m.thread"))
        .filter(m -> m.path("m.relates_to").path("event_id").asString("").equals(card))
        .toList();
  }

  /** The edits ({@code m.replace}) of any message. */
  List<JsonNode> edits() {
    return messages().stream().filter(m -> relation(m).equals("m.replace")).toList();
  }

  List<JsonNode> mentioning(String user) {
    return messages().stream().filter(m -> mentions(m, user)).toList();
  }

  static boolean mentions(JsonNode message, String user) {
    for (JsonNode id : message.path("m.mentions").path("user_ids")) {
      if (id.asString().equals(user)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code message} replies to {@code event} ({@code m.in_reply_to}). */
  static boolean answers(JsonNode message, String event) {
    return inReplyTo(message).equals(event);
  }

  static String inReplyTo(JsonNode message) {
    return message.path("m.relates_to").path("m.in_reply_to").path("event_id").asString("");
  }

  static String relation(JsonNode message) {
    return message.path("m.relates_to").path("rel_type").asString("");
  }

  static String body(JsonNode message) {
    return message.path("body").asString("");
  }
}
