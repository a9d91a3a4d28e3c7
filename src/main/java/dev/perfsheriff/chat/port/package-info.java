/**
 * The contract with platform adapters: the outbound ChatPlatform port, the inbound ChatRequest,
 * replies, message references and where each summary's card lives.
 */
package dev.perfsheriff.chat.port;
