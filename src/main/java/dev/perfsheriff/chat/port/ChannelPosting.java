package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.message.ChatMessage;
import java.util.Optional;

/**
 * Outbound port for scheduled reports: posting in the sheriffs' channel (or room) itself, not in a
 * summary's thread, and sharing files (charts, CSV) there or in a card's thread. Implemented by
 * each platform adapter next to its {@link ChatPlatform}. Calls may block on the network; a failure
 * is thrown, so the caller can retry later. {@code key} identifies the post across retries:
 * adapters that can make a retry idempotent (Matrix transaction ids) use it.
 */
public interface ChannelPosting {

  /** The platform's name, as {@link ChatPlatform#name()}. */
  String name();

  /** Posts {@code message} in the channel, or in the thread of {@code card} when given. */
  void post(Optional<MessageRef> card, ChatMessage message, String key);

  /** Shares {@code file} with {@code comment}, in the channel or in the thread of {@code card}. */
  void upload(Optional<MessageRef> card, ChatFile file, ChatMessage comment, String key);
}
