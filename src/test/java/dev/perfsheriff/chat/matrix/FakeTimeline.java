package dev.perfsheriff.chat.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake homeserver's event store: one ordered timeline across rooms, positions as stream tokens
 * ({@code s<n>} = after the n-th event), and the {@code /sync} and {@code /messages} answers cut
 * from it the way Synapse does (newest {@code limit} events, {@code limited} when some were left
 * out, a {@code prev_batch} at the cut).
 */
final class FakeTimeline {

  private record Entry(String roomId, ObjectNode event) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<Entry> entries = new ArrayList<>();
  private int eventCounter;

  /** Appends an event; returns its id. */
  String append(String roomId, String sender, String type, ObjectNode content) {
    String eventId = "$ev" + (++eventCounter) + ":fake.test";
    ObjectNode event = JSON.createObjectNode();
    event.put("event_id", eventId);
    event.put("type", type);
    event.put("sender", sender);
    event.put("origin_server_ts", 1_700_000_000_000L + eventCounter);
    event.set("content", content);
    entries.add(new Entry(roomId, event));
    return eventId;
  }

  void appendRaw(String roomId, ObjectNode event) {
    entries.add(new Entry(roomId, event));
  }

  int size() {
    return entries.size();
  }

  /** Whether {@code sender} already annotated the same event with the same key. */
  boolean hasAnnotation(String roomId, String sender, JsonNode relation) {
    return entries.stream()
        .filter(e -> e.roomId().equals(roomId))
        .map(Entry::event)
        .anyMatch(
            e ->
                e.path("type").asString("").equals("m.reaction")
                    && e.path("sender").asString("").equals(sender)
                    && e.path("content").path("m.relates_to").equals(relation));
  }

  /**
   * A sync answer: the room's events after {@code since} (null: initial sync), newest first cut.
   */
  Map<String, Object> sync(String roomId, String since, int limit) {
    int from = since == null ? 0 : position(since);
    int first = Math.max(from, entries.size() - limit);
    List<JsonNode> events = new ArrayList<>();
    for (int i = first; i < entries.size(); i++) {
      if (entries.get(i).roomId().equals(roomId)) {
        events.add(entries.get(i).event());
      }
    }
    Map<String, Object> timeline = new LinkedHashMap<>();
    timeline.put("events", events);
    timeline.put("limited", since != null && first > from);
    timeline.put("prev_batch", "s" + first);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("next_batch", "s" + entries.size());
    answer.put("rooms", Map.of("join", Map.of(roomId, Map.of("timeline", timeline))));
    return answer;
  }

  boolean hasEventsAfter(String since) {
    return entries.size() > position(since);
  }

  /** A forward {@code /messages} page from {@code from} up to {@code to}. */
  Map<String, Object> messages(String roomId, String from, String to, int limit) {
    int end = Math.min(to == null ? entries.size() : position(to), entries.size());
    int position = position(from);
    List<JsonNode> chunk = new ArrayList<>();
    while (position < end && chunk.size() < limit) {
      Entry entry = entries.get(position++);
      if (entry.roomId().equals(roomId)) {
        ObjectNode withRoom = entry.event().deepCopy();
        withRoom.put("room_id", roomId);
        chunk.add(withRoom);
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("start", from);
    answer.put("chunk", chunk);
    if (!chunk.isEmpty()) {
      answer.put("end", "s" + position);
    }
    return answer;
  }

  private static int position(String token) {
    return Integer.parseInt(token.substring(1));
  }
}
