/**
 * Requests from Slack: the {@code POST /slack/events} endpoint (raw body and headers handed to
 * Bolt's own parser and verifier) or Socket Mode, the listeners that ack at once, the PostgreSQL
 * delivery ledger that drops retries on every replica, and {@link
 * dev.perfsheriff.chat.slack.inbound.SlackInbound}, the port the chat core is wired to.
 */
package dev.perfsheriff.chat.slack.inbound;
