/**
 * Connects the Slack transport to the platform-neutral chat core. {@link
 * dev.perfsheriff.chat.slack.wiring.SlackChatInbound} turns what the listeners hand on (slash
 * commands, card buttons, the cherry-pick modal) into {@code ChatRequest}s for the {@code
 * ChatDispatcher} and sends its {@code Reply} back; {@link
 * dev.perfsheriff.chat.slack.wiring.SlackChatPlatform} is the core's {@code ChatPlatform} for
 * Slack, rendering neutral cards and messages as Block Kit and mrkdwn over the outbound queue.
 */
package dev.perfsheriff.chat.slack.wiring;
