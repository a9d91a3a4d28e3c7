/**
 * The sheriffing protocol as the bot keeps it: per-summary workflow state, rounds, downstream,
 * cherry-pick, backout and similarity rules, retrigger/backfill plans, handoff, workflow cases and
 * the audit of every decision. The rules live in {@code workflow.domain} (plain Java); storage in
 * {@code workflow.persistence}.
 *
 * <p>Other modules call {@link dev.perfsheriff.workflow.WorkflowService} (one method per button and
 * command, each returning a {@link dev.perfsheriff.workflow.WorkflowResult}), {@link
 * dev.perfsheriff.workflow.PerfSheriffDecisions} and {@link dev.perfsheriff.workflow.BugFiling}
 * (the perf sheriff's decisions, bugs and assignee after the handoff), and {@link
 * dev.perfsheriff.workflow.WorkflowReports} (history, dashboards, case and bug-time reports), and
 * listen to the past-tense events of {@code workflow.domain}. The workflow listens to {@code
 * SummaryAppeared} / {@code SummaryChanged}, and reaches Perfherder and the rotation only through
 * the domain's ports ({@code AlertSummaries}, {@code RevisionData}, {@code PerfherderWriteBack},
 * {@code BugTracker}, {@code OnDutyPerfSheriff}), each optional at runtime. Every Perfherder write
 * is kept in a durable queue ({@code workflow_pending_write}) from the command's transaction until
 * Perfherder took it; {@link dev.perfsheriff.workflow.WriteBackRetrier} retries the refused ones.
 * Its numbers come from {@link dev.perfsheriff.workflow.WorkflowProperties}.
 */
package dev.perfsheriff.workflow;
