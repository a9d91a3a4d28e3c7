package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.Actor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link RecordingChatPlatform} whose next announcements can be made to fail, as a platform that
 * is briefly down answers; counts every attempt, failed or not. Thread-safe.
 */
public final class FlakyChatPlatform implements ChatPlatform {

  /** What was really posted. */
  public final RecordingChatPlatform posted;

  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger attempts = new AtomicInteger();

  public FlakyChatPlatform(String name) {
    this.posted = new RecordingChatPlatform(name);
  }

  /** The next {@code count} announcements throw instead of posting. */
  public void failNextAnnouncements(int count) {
    failuresLeft.set(count);
  }

  /** Announcements asked for, including the failed ones. */
  public int announceAttempts() {
    return attempts.get();
  }

  /** Forgets what was posted and attempted, and fails nothing. */
  public void reset() {
    posted.sent.clear();
    posted.cards.clear();
    failuresLeft.set(0);
    attempts.set(0);
  }

  @Override
  public String name() {
    return posted.name();
  }

  @Override
  public MessageRef announce(SummaryCard card) {
    attempts.incrementAndGet();
    if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      throw new IllegalStateException(name() + " is unavailable right now");
    }
    return posted.announce(card);
  }

  @Override
  public void replace(MessageRef card, SummaryCard updated) {
    posted.replace(card, updated);
  }

  @Override
  public MessageRef replyInThread(MessageRef card, ChatMessage message) {
    return posted.replyInThread(card, message);
  }

  @Override
  public MessageRef ping(MessageRef card, Person person, ChatMessage message) {
    return posted.ping(card, person, message);
  }

  @Override
  public void replyPrivately(Actor actor, MessageRef where, ChatMessage message) {
    posted.replyPrivately(actor, where, message);
  }
}
