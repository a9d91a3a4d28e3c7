package dev.perfsheriff.perfherder.api;

/** A Treeherder repository: the numeric id the summary filters need, and its name. */
public record RepositoryPayload(
    int id,
    String name,
    String activeStatus,
    Boolean performanceAlertsEnabled,
    Boolean isTryRepo,
    String tcRootUrl) {}
