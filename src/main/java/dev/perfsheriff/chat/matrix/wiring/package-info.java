/**
 * Connects the Matrix transport to the chat core: the {@code matrix} {@link
 * dev.perfsheriff.chat.port.ChatPlatform} (cards as HTML messages with the four action reactions,
 * edits, thread replies, pings with pills and {@code m.mentions}) and the {@link
 * dev.perfsheriff.chat.matrix.MatrixInbound} that turns {@code !perf} commands and reactions into
 * {@link dev.perfsheriff.chat.port.ChatRequest}s for the dispatcher, off the sync thread, and sends
 * its replies back into the room.
 */
package dev.perfsheriff.chat.matrix.wiring;
