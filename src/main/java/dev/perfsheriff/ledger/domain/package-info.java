/**
 * The pure core of the ledger: platforms, shift windows, buckets and the reservation rules. Plain
 * Java only.
 */
package dev.perfsheriff.ledger.domain;
