package dev.perfsheriff.chat.slack.inbound;

/**
 * A person's message in a thread (for the notes mirror).
 *
 * @param origin the author, channel and the thread's root ts
 * @param ts the message's own ts (its id within the channel)
 * @param text the message text as Slack sent it (mrkdwn)
 */
public record SlackThreadMessage(SlackOrigin origin, String ts, String text) {}
