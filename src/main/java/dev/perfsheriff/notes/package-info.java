/**
 * The two-way mirror between a summary's chat threads and its notes in Perfherder, and the journal
 * that is their memory. Thread messages arrive through the chat core's {@code ThreadNotes} port
 * (every platform adapter calls it), web-UI notes changes as {@code SummaryChanged} events; each
 * change becomes a journal line (append-only history in PostgreSQL) and deliveries in a durable
 * queue: a tagged line in the Perfherder notes (re-read and merged right before the write, with a
 * size guard that folds old bot workflow lines) and one message per other platform's thread through
 * the {@code MirroredMessages} port. Lines the bot wrote are never mirrored back.
 */
package dev.perfsheriff.notes;
