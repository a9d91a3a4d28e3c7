package dev.perfsheriff.chat.port;

import dev.perfsheriff.shared.SummaryId;

/**
 * Port: the announcement records, one per summary and platform, ever ("claim before you post").
 * Implemented in the database by the wiring step, with a unique key on (summary, platform), so two
 * replicas or a restart never announce at the same time. A claim that is never confirmed (its
 * poster crashed) can be taken again after a lease; the platform adapters make a repeated
 * announcement of the same summary idempotent, so a retry never posts a second card.
 */
public interface AnnouncedCards extends CardThreads {

  /**
   * Claims the right to announce {@code summary} on {@code platform}. True for exactly one caller
   * at a time: false while someone else's claim is confirmed or still within its lease.
   */
  boolean claim(SummaryId summary, String platform);

  /** Records where the claimed announcement was posted; {@link #cardOf} returns it afterwards. */
  void confirm(SummaryId summary, String platform, MessageRef card);

  /**
   * Gives up an unconfirmed claim whose announcement failed, so the next attempt need not wait for
   * the lease; a confirmed announcement is kept.
   */
  void release(SummaryId summary, String platform);
}
