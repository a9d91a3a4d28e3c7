package dev.perfsheriff.chat.slack.outbound;

import java.time.Instant;

/**
 * A claimed row of {@code slack_messages}, with the ts of the card it belongs to (thread parent for
 * a reply, the edited message for an update) when it has one.
 */
record OutboxMessage(
    long id,
    String channel,
    String kind,
    String dedupeKey,
    Long summaryId,
    Long parentId,
    String parentTs,
    String text,
    String blocks,
    boolean broadcast,
    int attempts,
    Instant createdAt) {

  static final String POST = "post";
  static final String UPDATE = "update";
  static final String DELETE = "delete";

  boolean isCard() {
    return POST.equals(kind) && parentId == null && summaryId != null;
  }
}
