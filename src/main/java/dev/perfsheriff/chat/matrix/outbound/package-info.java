/**
 * Sending to the room: the HTML rendering of neutral messages, and the outbound queue that sends
 * one request at a time, waits as long as {@code M_LIMIT_EXCEEDED} asks, and retries 5xx and
 * timeouts with back-off, always with the request's own transaction id.
 */
package dev.perfsheriff.chat.matrix.outbound;
