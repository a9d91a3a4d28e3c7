/**
 * Messages to Slack. {@link dev.perfsheriff.chat.slack.outbound.SlackOutbox} queues cards, card
 * edits and thread replies in PostgreSQL; the worker sends them one channel-queue at a time at
 * Slack's pace, claiming each before the call and recording its ts after, and reconciles claims a
 * crash interrupted by looking for the message's metadata in the channel. Ephemeral answers, the
 * cherry-pick modal and image uploads go out directly ({@code SlackReplies}, {@code SlackImages}):
 * a person is waiting for them.
 */
package dev.perfsheriff.chat.slack.outbound;
