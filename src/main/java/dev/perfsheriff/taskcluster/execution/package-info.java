/**
 * Executing a {@link dev.perfsheriff.workflow.domain.RetriggerPlan} on Taskcluster: grouping its
 * jobs into hook calls ({@code retrigger-multiple}, falling back to {@code add-new-jobs}, and
 * {@code backfill}), reserving each call in the quota ledger, recording it before and after the
 * call so a restart resumes without doubles, and reporting progress per call. {@link
 * dev.perfsheriff.taskcluster.execution.PlanExecutor} is the API the chat layer uses.
 */
package dev.perfsheriff.taskcluster.execution;
