package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A {@code /sync} filter: the timeline of one room, limited to messages, reactions and redactions;
 * no presence, account data, ephemeral or state events (the bot does not need them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncFilter(
    @JsonProperty("presence") EventFilter presence,
    @JsonProperty("account_data") EventFilter accountData,
    @JsonProperty("room") RoomFilter room) {

  public static final String MESSAGE = "m.room.message";
  public static final String REACTION = "m.reaction";
  public static final String REDACTION = "m.room.redaction";

  /** An {@code EventFilter} / {@code RoomEventFilter}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EventFilter(
      @JsonProperty("types") List<String> types,
      @JsonProperty("not_types") List<String> notTypes,
      @JsonProperty("limit") Integer limit) {

    static EventFilter nothing() {
      return new EventFilter(null, List.of("*"), null);
    }
  }

  /** The {@code room} part: which rooms, and per section which events. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RoomFilter(
      @JsonProperty("rooms") List<String> rooms,
      @JsonProperty("timeline") EventFilter timeline,
      @JsonProperty("state") EventFilter state,
      @JsonProperty("ephemeral") EventFilter ephemeral,
      @JsonProperty("account_data") EventFilter accountData) {}

  /** Messages, reactions and redactions of {@code roomId}, at most {@code limit} per sync. */
  public static SyncFilter timelineOf(String roomId, int limit) {
    EventFilter timeline = new EventFilter(List.of(MESSAGE, REACTION, REDACTION), null, limit);
    RoomFilter room =
        new RoomFilter(
            List.of(roomId),
            timeline,
            EventFilter.nothing(),
            EventFilter.nothing(),
            EventFilter.nothing());
    return new SyncFilter(EventFilter.nothing(), EventFilter.nothing(), room);
  }
}
