package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a {@code /sync} answer the bot reads: {@code next_batch} and the timelines of joined
 * rooms. Events stay raw JSON here so that one malformed event is skipped on its own (see {@link
 * RoomEvent#parse}) instead of failing the whole batch.
 */
public record SyncResponse(@JsonProperty("next_batch") String nextBatch, Rooms rooms) {

  /** {@code rooms}: only {@code join} matters to the bot. */
  public record Rooms(@JsonProperty("join") Map<String, JoinedRoom> join) {}

  /** One joined room's section. */
  public record JoinedRoom(@JsonProperty("timeline") Timeline timeline) {}

  /** A room's new timeline events; {@code limited} means the server left a gap before them. */
  public record Timeline(
      @JsonProperty("events") List<JsonNode> events,
      @JsonProperty("limited") boolean limited,
      @JsonProperty("prev_batch") String prevBatch) {}

  /** The timeline of {@code roomId} in this batch, empty when the room had nothing new. */
  public Timeline timelineOf(String roomId) {
    if (rooms == null || rooms.join() == null) {
      return new Timeline(List.of(), false, null);
    }
    JoinedRoom room = rooms.join().get(roomId);
    if (room == null || room.timeline() == null || room.timeline().events() == null) {
      return new Timeline(List.of(), false, null);
    }
    return room.timeline();
  }
}
