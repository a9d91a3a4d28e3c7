package dev.perfsheriff.perfherder.api;

/**
 * A Treeherder job, from either the row format of the jobs list or the full job object. {@code
 * jobTypeName} is the Taskcluster task label that retriggers use.
 */
public record JobPayload(
    long id,
    String jobTypeName,
    String jobTypeSymbol,
    String platform,
    String platformOption,
    Long pushId,
    String result,
    String state,
    String taskId,
    Integer retryId) {}
