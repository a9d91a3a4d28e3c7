/**
 * The ledger's buckets and entries in PostgreSQL. A reservation is one call of the {@code
 * ledger_reserve} function: a conditional update per bucket, in platform order, all or nothing, so
 * concurrent reservations from any number of replicas never exceed the cap, then one append-only
 * row recording the request and the decision per platform. Settlements are append-only rows too.
 */
package dev.perfsheriff.ledger.persistence;
