/**
 * The sheriffing protocol as the bot keeps it: per-summary workflow state, rounds, downstream,
 * cherry-pick, backout and similarity rules, retrigger/backfill plans, handoff, workflow cases and
 * the audit of every decision. The rules live in {@code workflow.domain} (plain Java); storage in
 * {@code workflow.persistence}.
 */
package dev.perfsheriff.workflow;
