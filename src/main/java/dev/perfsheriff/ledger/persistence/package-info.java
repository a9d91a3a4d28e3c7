/**
 * The ledger's buckets and entries in PostgreSQL. A reservation is one call of the {@code
 * ledger_reserve} function: a conditional update per bucket, in platform order, all or nothing, so
 * concurrent reservations from any number of replicas never exceed the cap.
 */
package dev.perfsheriff.ledger.persistence;
