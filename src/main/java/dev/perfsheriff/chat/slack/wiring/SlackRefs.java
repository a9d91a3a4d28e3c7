package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * The Slack forms of the core's {@link MessageRef}. A card is named by its channel and summary, not
 * its {@code ts}: the outbound queue posts it later and resolves the {@code ts} itself, so a
 * reference exists (and can be stored by the core) the moment the card is queued. A conversation
 * without a message (where a slash command was typed) is named by its channel alone.
 */
final class SlackRefs {

  private static final String CARD = "summary:";
  private static final String CONVERSATION = "conversation";
  private static final String QUEUED = "queued:";

  /** A thread reply the outbound queue holds: its summary and its queue row. */
  record Queued(SummaryId summary, long row) {}

  /** A thread reply by its queue row ({@code queued:<summary>:<row>}): its ts comes later. */
  static MessageRef queued(String channel, SummaryId summary, long row) {
    return new MessageRef(SlackChatPlatform.NAME, channel, QUEUED + summary.value() + ":" + row);
  }

  static Queued requireQueued(MessageRef ref) {
    String[] parts = ref.messageId().split(":");
    if (!SlackChatPlatform.NAME.equals(ref.platform())
        || parts.length != 3
        || !ref.messageId().startsWith(QUEUED)) {
      throw new IllegalArgumentException("not a queued Slack reply: " + ref);
    }
    return new Queued(SummaryId.of(Long.parseLong(parts[1])), Long.parseLong(parts[2]));
  }

  private SlackRefs() {}

  static MessageRef card(String channel, SummaryId summary) {
    return new MessageRef(SlackChatPlatform.NAME, channel, CARD + summary.value());
  }

  static MessageRef conversation(String channel) {
    return new MessageRef(SlackChatPlatform.NAME, channel, CONVERSATION);
  }

  /** The summary of a card reference; empty for any other reference. */
  static Optional<SummaryId> summaryOf(MessageRef ref) {
    if (!SlackChatPlatform.NAME.equals(ref.platform()) || !ref.messageId().startsWith(CARD)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SummaryId.of(Long.parseLong(ref.messageId().substring(CARD.length()))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The summary of a card reference; anything else is a caller's mistake. */
  static SummaryId requireCard(MessageRef ref) {
    return summaryOf(ref)
        .orElseThrow(() -> new IllegalArgumentException("not a Slack card reference: " + ref));
  }
}
