/**
 * The local web console: the chat core in a browser page, for running the bot with no chat platform
 * configured.
 */
package dev.perfsheriff.chat.console;
