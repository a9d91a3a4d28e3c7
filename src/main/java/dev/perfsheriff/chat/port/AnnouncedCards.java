package dev.perfsheriff.chat.port;

import dev.perfsheriff.shared.SummaryId;

/**
 * Port: the announcement records, one per summary and platform, ever ("claim before you post").
 * Implemented in the database by the wiring step, with a unique key on (summary, platform), so two
 * replicas or a restart can never both announce.
 */
public interface AnnouncedCards extends CardThreads {

  /**
   * Claims the right to announce {@code summary} on {@code platform}. True for exactly one caller,
   * ever; false when someone claimed it before (whether or not their post is confirmed yet).
   */
  boolean claim(SummaryId summary, String platform);

  /** Records where the claimed announcement was posted; {@link #cardOf} returns it afterwards. */
  void confirm(SummaryId summary, String platform, MessageRef card);
}
