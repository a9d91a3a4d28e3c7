/**
 * The ledger's buckets and entries in PostgreSQL, with row locks so concurrent reservations never
 * exceed the cap.
 */
package dev.perfsheriff.ledger.persistence;
