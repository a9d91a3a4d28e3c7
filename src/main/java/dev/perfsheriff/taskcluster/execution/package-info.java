/**
 * Executing a {@link dev.perfsheriff.workflow.domain.RetriggerPlan} on Taskcluster: grouping its
 * jobs into hook calls ({@code retrigger-multiple}, falling back to {@code add-new-jobs}, and
 * {@code backfill}), reserving each call in the quota ledger, recording it before and after the
 * call so a restart resumes without doubles, and reporting progress per call. A revision where the
 * job never ran is backfilled from the nearest later push's task (the action reaches only earlier
 * pushes), charged depth × times, or scheduled with {@code add-new-jobs} on its own push. {@link
 * dev.perfsheriff.taskcluster.execution.PlanExecutor} and {@link
 * dev.perfsheriff.taskcluster.execution.CiOperationPlans} are the API the {@code rounds} module
 * uses.
 */
package dev.perfsheriff.taskcluster.execution;
