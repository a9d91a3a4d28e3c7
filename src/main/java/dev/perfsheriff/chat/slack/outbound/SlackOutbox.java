package dev.perfsheriff.chat.slack.outbound;

import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.SlackProperties;
import dev.perfsheriff.chat.slack.blocks.CardBlocks;
import dev.perfsheriff.chat.slack.blocks.SlackCard;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The queue for everything the bot says about a summary in the sheriffs channel: the card (once per
 * summary and channel, ever), its edits, and replies in its thread. Calls return once the message
 * is safely in PostgreSQL; the worker sends it in order, at Slack's pace.
 */
@Component
@Conditional(SlackEnabled.class)
public class SlackOutbox {

  private final OutboxStore store;
  private final OutboxWorker worker;
  private final String channel;

  SlackOutbox(OutboxStore store, OutboxWorker worker, SlackProperties properties) {
    this.store = store;
    this.worker = worker;
    this.channel = properties.channel();
  }

  /** Queues the summary's card; false (and nothing queued) when it was ever announced before. */
  public boolean announce(SlackCard card) {
    boolean queued =
        store.queueCard(
            channel, card.summaryId().value(), card.fallbackText(), CardBlocks.blocksJson(card));
    worker.wake();
    return queued;
  }

  /** Queues a {@code chat.update} of the card; a pending edit of the same card is replaced. */
  public void updateCard(SlackCard card) {
    long cardId = requireCard(card.summaryId());
    store.queueEdit(
        channel,
        cardId,
        card.summaryId().value(),
        card.fallbackText(),
        CardBlocks.blocksJson(card));
    worker.wake();
  }

  /**
   * Queues a reply in the card's thread (plan previews, progress, notes). {@code mrkdwn} may
   * mention people ({@code <@U123>}).
   */
  public void replyInThread(SummaryId summaryId, String mrkdwn) {
    queueReply(summaryId, mrkdwn, false);
  }

  /** A thread reply also shown in the channel: for the handoff ping only, to keep noise down. */
  public void replyInThreadAndChannel(SummaryId summaryId, String mrkdwn) {
    queueReply(summaryId, mrkdwn, true);
  }

  /**
   * Queues a message of its own in {@code channel}: for public answers about no summary with a card
   * (e.g. a late answer to a slash command).
   */
  public void postInChannel(String channel, String mrkdwn) {
    store.queuePost(channel, mrkdwn);
    worker.wake();
  }

  /**
   * Queues a reply in the card's thread once per {@code key} (a repeated call queues nothing) and
   * returns its row id, by which it can be edited or deleted later.
   */
  public long replyInThreadOnce(SummaryId summaryId, String key, String mrkdwn) {
    long cardId = requireCard(summaryId);
    long id = store.queueReplyOnce(channel, cardId, summaryId.value(), key, mrkdwn);
    worker.wake();
    return id;
  }

  /** Queues a {@code chat.update} of a thread reply queued before (by its row id). */
  public void editReply(long messageId, SummaryId summaryId, String mrkdwn) {
    store.queueEdit(channel, messageId, summaryId.value(), mrkdwn, null);
    worker.wake();
  }

  /** Queues a {@code chat.delete} of a thread reply queued before (by its row id). */
  public void deleteReply(long messageId, SummaryId summaryId) {
    store.queueDelete(channel, messageId, summaryId.value());
    worker.wake();
  }

  /** The summary whose card is the message {@code ts} in the sheriffs channel, if it is one. */
  public Optional<SummaryId> summaryOfCard(String channelId, String ts) {
    return store.summaryOfCard(channelId, ts).map(SummaryId::of);
  }

  /** The card's ts once it is posted (its thread's id), else empty. */
  public Optional<String> cardTs(SummaryId summaryId) {
    return store.cardId(channel, summaryId.value()).flatMap(store::ts);
  }

  /** Whether the summary's card was queued (thread replies and edits can go to it). */
  public boolean hasCard(SummaryId summaryId) {
    return store.cardId(channel, summaryId.value()).isPresent();
  }

  /** The channel the cards go to. */
  public String channel() {
    return channel;
  }

  private void queueReply(SummaryId summaryId, String mrkdwn, boolean broadcast) {
    long cardId = requireCard(summaryId);
    store.queueReply(channel, cardId, summaryId.value(), mrkdwn, broadcast);
    worker.wake();
  }

  private long requireCard(SummaryId summaryId) {
    return store
        .cardId(channel, summaryId.value())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Summary " + summaryId + " has no card in Slack yet: announce it first."));
  }
}
