package dev.perfsheriff.ledger.persistence;

/**
 * A bucket row expected to exist was not found; the reservation was rolled back and is retried
 * after the buckets are created again (only tests remove buckets behind a replica's back).
 */
final class MissingBucketException extends RuntimeException {

  MissingBucketException() {
    super("a quota bucket was missing", null, false, false);
  }
}
