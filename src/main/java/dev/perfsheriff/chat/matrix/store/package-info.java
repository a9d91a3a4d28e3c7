/**
 * The Matrix transport's PostgreSQL state (migration {@code V9__matrix_sync.sql}): the sync lease,
 * the persisted {@code /sync} token, the inbound events already handed on, and the summary cards
 * (claimed before posting; their event ids are the thread roots).
 */
package dev.perfsheriff.chat.matrix.store;
