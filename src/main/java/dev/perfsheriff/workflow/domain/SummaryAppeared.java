package dev.perfsheriff.workflow.domain;

/** Event: the poller saw this summary for the first time. Published exactly once per summary. */
public record SummaryAppeared(AlertSummary summary) {}
