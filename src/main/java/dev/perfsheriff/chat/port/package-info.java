/**
 * The contract with platform adapters: the outbound {@link
 * dev.perfsheriff.chat.port.ChatPlatform}\n * port, the inbound {@link
 * dev.perfsheriff.chat.port.ChatRequest}, replies and message references.
 */
package dev.perfsheriff.chat.port;
