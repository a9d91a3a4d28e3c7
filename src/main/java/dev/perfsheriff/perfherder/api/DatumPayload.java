package dev.perfsheriff.perfherder.api;

/**
 * One performance datum, i.e. one job's value for one series at one push (from {@code
 * performance/data/}, or a {@code data[]} item of {@code performance/summary/}). {@code
 * pushTimestamp} is kept as sent: epoch seconds in one endpoint, an ISO string in the other.
 */
public record DatumPayload(
    Long id,
    String signatureHash,
    Long signatureId,
    Long jobId,
    Long pushId,
    String revision,
    String pushTimestamp,
    Double value) {}
