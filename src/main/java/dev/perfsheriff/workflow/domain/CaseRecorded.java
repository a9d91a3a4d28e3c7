package dev.perfsheriff.workflow.domain;

/** Event: a perf sheriff recorded a workflow case. */
public record CaseRecorded(WorkflowCase workflowCase) {}
