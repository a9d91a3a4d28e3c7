package dev.perfsheriff.chat.matrix.sync;

import dev.perfsheriff.chat.matrix.client.MatrixClient;
import dev.perfsheriff.chat.matrix.client.MessagesPage;
import dev.perfsheriff.chat.matrix.client.RoomEvent;
import dev.perfsheriff.chat.matrix.client.SyncFilter;
import dev.perfsheriff.chat.matrix.client.SyncResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Hands a sync batch's timeline to the {@link InboundRouter} in order. When the homeserver cut the
 * timeline short ({@code limited}), the missing events between the previous token and the batch are
 * fetched with {@code /messages} first, so a long outage skips nothing.
 */
public final class TimelineReader {

  private static final Logger log = LoggerFactory.getLogger(TimelineReader.class);

  private final MatrixClient client;
  private final InboundRouter router;
  private final SyncFilter.EventFilter gapFilter;

  public TimelineReader(MatrixClient client, InboundRouter router, int pageLimit) {
    this.client = client;
    this.router = router;
    this.gapFilter =
        new SyncFilter.EventFilter(
            List.of(SyncFilter.MESSAGE, SyncFilter.REACTION, SyncFilter.REDACTION),
            null,
            pageLimit);
  }

  public void handOn(String roomId, String since, SyncResponse.Timeline timeline) {
    if (timeline.limited() && timeline.prevBatch() != null) {
      fillGap(roomId, since, timeline.prevBatch());
    }
    handOn(roomId, timeline.events());
  }

  /** See {@link InboundRouter#forgetHandledOlderThan}. */
  public void forgetHandledOlderThan(Duration age) {
    router.forgetHandledOlderThan(age);
  }

  private void fillGap(String roomId, String from, String to) {
    String position = from;
    while (true) {
      MessagesPage page = client.messagesForward(roomId, position, to, gapFilter);
      handOn(roomId, page.events());
      if (page.events().isEmpty() || page.end() == null || page.end().equals(position)) {
        return;
      }
      position = page.end();
    }
  }

  private void handOn(String roomId, List<JsonNode> events) {
    for (JsonNode node : events) {
      RoomEvent.parse(roomId, node)
          .ifPresentOrElse(
              event -> router.route(roomId, event),
              () -> log.debug("Matrix: skipped a malformed event in {}", roomId));
    }
  }
}
