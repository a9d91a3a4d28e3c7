/** The Slack adapter: Bolt app, Block Kit rendering, modals and Slack-specific transport. */
package dev.perfsheriff.chat.slack;
