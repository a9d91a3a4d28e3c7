package dev.perfsheriff.chat.slack.inbound;

/**
 * Who acted where in Slack, and the handles to answer them.
 *
 * @param userId Slack member id of the person, e.g. {@code U0123}
 * @param channelId the channel the request came from
 * @param threadTs the root message's ts when the request came from a card or thread, else null
 * @param triggerId lets {@code views.open} show a modal for about 3 s; null for messages
 * @param responseUrl lets the adapter answer the person (ephemerally) for 30 minutes; null for
 *     messages and modals
 * @param userName the person's Slack handle as the payload names it, to show; null when absent
 */
public record SlackOrigin(
    String userId,
    String channelId,
    String threadTs,
    String triggerId,
    String responseUrl,
    String userName) {

  public SlackOrigin(
      String userId, String channelId, String threadTs, String triggerId, String responseUrl) {
    this(userId, channelId, threadTs, triggerId, responseUrl, null);
  }
}
