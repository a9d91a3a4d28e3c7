/**
 * The Matrix transport: what the rest of the bot sees of Matrix. {@link
 * dev.perfsheriff.chat.matrix.MatrixOutbound} posts cards (once per summary), edits them, replies
 * in their threads and pings; {@link dev.perfsheriff.chat.matrix.MatrixInbound} is the port the
 * sync loop hands commands, action reactions and thread messages to; {@link
 * dev.perfsheriff.chat.matrix.CardAction} maps the four card actions to reaction keys. The
 * sub-packages hold the Client-Server API client, the sync loop and its lease, the database state
 * and the outbound queue. Nothing outside this package refers to it.
 */
package dev.perfsheriff.chat.matrix;
