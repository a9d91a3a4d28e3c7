/**
 * The sheriffing protocol as the bot keeps it: per-summary workflow state, rounds, downstream,
 * cherry-pick, backout and similarity rules, retrigger/backfill plans, handoff, workflow cases and
 * the audit of every decision. The rules live in {@code workflow.domain} (plain Java); storage in
 * {@code workflow.persistence}.
 *
 * <p>Other modules call {@link dev.perfsheriff.workflow.WorkflowService} (one method per button and
 * command, each returning a {@link dev.perfsheriff.workflow.WorkflowResult}) and {@link
 * dev.perfsheriff.workflow.WorkflowReports} (history, dashboards, case and bug-time reports), and
 * listen to the past-tense events of {@code workflow.domain}. The workflow listens to {@code
 * SummaryAppeared} / {@code SummaryChanged}, and reaches Perfherder and the rotation only through
 * the domain's ports ({@code AlertSummaries}, {@code RevisionData}, {@code PerfherderWriteBack},
 * {@code OnDutyPerfSheriff}), each optional at runtime. Its numbers come from {@link
 * dev.perfsheriff.workflow.WorkflowProperties}.
 */
package dev.perfsheriff.workflow;
