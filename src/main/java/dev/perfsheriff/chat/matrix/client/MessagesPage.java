package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /rooms/{roomId}/messages}: one page of a room's timeline, used to fill the gap a
 * {@code limited} sync leaves; {@code end} is absent when there is nothing further.
 */
public record MessagesPage(
    @JsonProperty("chunk") List<JsonNode> chunk, @JsonProperty("end") String end) {

  public List<JsonNode> events() {
    return chunk == null ? List.of() : chunk;
  }
}
