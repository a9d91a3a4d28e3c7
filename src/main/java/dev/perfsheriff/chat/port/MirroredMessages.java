package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.SummaryId;

/**
 * Outbound port: thread messages the bot keeps in step with something else (a notes line): posted
 * once, edited and deleted later. Implemented by each chat platform adapter next to its {@link
 * ChatPlatform}. Calls may block on the network; failures are thrown, and the caller retries.
 */
public interface MirroredMessages {

  /** The platform's name, as {@link ChatPlatform#name()}. */
  String name();

  /**
   * The conversation it posts to (Slack channel id, Matrix room id): work queued for this place is
   * taken only by adapters configured for the same place.
   */
  String place();

  /** {@code <name>:<place>}, e.g. {@code slack:C0123}: what queued work is addressed to. */
  default String target() {
    return name() + ":" + place();
  }

  /** Whether {@code summary} has a card (and so a thread) on this platform. */
  boolean hasCard(SummaryId summary);

  /**
   * Posts {@code message} in the thread of {@code summary}'s card, once per {@code key}: a repeated
   * call with the same key (a retry after a crash) posts nothing new and returns the same message.
   */
  MessageRef postOnce(SummaryId summary, String key, ChatMessage message);

  /** Replaces the text of a message {@link #postOnce} posted. */
  void edit(MessageRef posted, ChatMessage message);

  /** Removes a message {@link #postOnce} posted; one already gone is not an error. */
  void delete(MessageRef posted);
}
