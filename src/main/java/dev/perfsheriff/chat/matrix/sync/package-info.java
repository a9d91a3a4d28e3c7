/**
 * Receiving from the room: the {@code /sync} long-poll loop (one replica at a time, resuming from
 * the persisted token, skipping the backlog on its very first start) and the router that turns
 * timeline events into {@link dev.perfsheriff.chat.matrix.MatrixInbound} calls.
 */
package dev.perfsheriff.chat.matrix.sync;
