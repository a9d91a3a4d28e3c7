/**
 * Hawk request signing as Taskcluster expects it: HMAC-SHA256 over the normalized request string,
 * an optional payload hash, and {@code ext} carrying the certificate of temporary credentials.
 * Plain JDK crypto, no Spring, so it can be checked against the specification's test vectors.
 */
package dev.perfsheriff.taskcluster.hawk;
