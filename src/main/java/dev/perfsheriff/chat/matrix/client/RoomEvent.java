package dev.perfsheriff.chat.matrix.client;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A room timeline event in client format, reduced to what the bot reads. {@code content} stays
 * JSON: its shape depends on {@code type} and on who sent it, and is read defensively.
 *
 * @param redacts for {@code m.room.redaction}: the redacted event (top level before room version
 *     11, inside {@code content} since), otherwise empty
 */
public record RoomEvent(
    String roomId,
    String eventId,
    String type,
    String sender,
    JsonNode content,
    Optional<String> redacts) {

  /**
   * Reads one event of {@code roomId}'s timeline; empty when it lacks an id, type, sender or object
   * content (malformed events are skipped, never fatal).
   */
  public static Optional<RoomEvent> parse(String roomId, JsonNode event) {
    if (event == null || !event.isObject()) {
      return Optional.empty();
    }
    Optional<String> eventId = text(event, "event_id");
    Optional<String> type = text(event, "type");
    Optional<String> sender = text(event, "sender");
    JsonNode content = event.path("content");
    if (eventId.isEmpty() || type.isEmpty() || sender.isEmpty() || !content.isObject()) {
      return Optional.empty();
    }
    Optional<String> redacts = text(event, "redacts").or(() -> text(content, "redacts"));
    String room = text(event, "room_id").orElse(roomId);
    return Optional.of(
        new RoomEvent(room, eventId.get(), type.get(), sender.get(), content, redacts));
  }

  /** {@code content.m.relates_to}, when it is an object. */
  public Optional<JsonNode> relation() {
    JsonNode relation = content.path("m.relates_to");
    return relation.isObject() ? Optional.of(relation) : Optional.empty();
  }

  /** {@code content.m.relates_to.rel_type}, e.g. {@code m.thread}. */
  public Optional<String> relationType() {
    return relation().flatMap(r -> text(r, "rel_type"));
  }

  /** {@code content.m.relates_to.event_id}: the thread root, edited or annotated event. */
  public Optional<String> relatedEventId() {
    return relation().flatMap(r -> text(r, "event_id"));
  }

  /** {@code content.m.relates_to.key}: a reaction's key. */
  public Optional<String> relationKey() {
    return relation().flatMap(r -> text(r, "key"));
  }

  /** A string field of {@code content}. */
  public Optional<String> contentText(String field) {
    return text(content, field);
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() && !value.stringValue().isBlank()
        ? Optional.of(value.stringValue())
        : Optional.empty();
  }
}
