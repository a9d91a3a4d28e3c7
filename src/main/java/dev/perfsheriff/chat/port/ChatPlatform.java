package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.Actor;

/**
 * Outbound port: what the core asks of each chat platform adapter. Each adapter renders the neutral
 * card and messages its own way; the methods may block on the network and are called from
 * background work, never while an inbound request waits for its acknowledgement.
 */
public interface ChatPlatform {

  /** The platform's name, as in {@link Actor#platform()} and qualified user ids. */
  String name();

  /**
   * Posts the card of a new summary once. The caller has claimed the announcement in the database
   * first; the adapter makes a retry of the same summary idempotent where the platform allows.
   */
  MessageRef announce(SummaryCard card);

  /** Replaces the whole card message (Slack {@code chat.update}, Matrix {@code m.replace}). */
  void replace(MessageRef card, SummaryCard updated);

  /** Posts {@code message} in the card's thread. */
  MessageRef replyInThread(MessageRef card, ChatMessage message);

  /**
   * Posts {@code message} in the card's thread so that it notifies {@code person} (the message
   * usually starts with a mention of them; the adapter renders it with their id on this platform).
   */
  MessageRef ping(MessageRef card, Person person, ChatMessage message);

  /**
   * Answers {@code actor} alone where the platform can (an ephemeral message), otherwise as a
   * notice addressed to them in {@code where} (a thread or the conversation they typed in).
   */
  void replyPrivately(Actor actor, MessageRef where, ChatMessage message);
}
