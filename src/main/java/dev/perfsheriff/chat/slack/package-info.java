/**
 * The Slack adapter: the Bolt app and its wiring ({@link SlackConfiguration}), the four card
 * buttons ({@link SlackButton}) and the module's properties. Sub-packages: {@code inbound} (the
 * {@code /slack/events} endpoint, Socket Mode, listeners, dedupe, the {@code SlackInbound} port),
 * {@code outbound} (the per-channel queue in PostgreSQL, ephemeral replies, modals, image upload),
 * {@code blocks} (Block Kit rendering of the card and the cherry-pick modal) and {@code wiring}
 * (the connection to the chat core: requests to the dispatcher, Slack as a {@code ChatPlatform}).
 * No Slack type leaves this package.
 */
package dev.perfsheriff.chat.slack;
