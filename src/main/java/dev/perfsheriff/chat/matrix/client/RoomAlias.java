package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /directory/room/{roomAlias}}: the room an alias points to. */
public record RoomAlias(
    @JsonProperty("room_id") String roomId, @JsonProperty("servers") List<String> servers) {}
