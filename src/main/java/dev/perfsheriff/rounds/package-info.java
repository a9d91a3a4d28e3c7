/**
 * Executing a round as a durable use case: plan (from the workflow) → reserve in the quota ledger →
 * trigger step by step on Taskcluster (each step recorded before and after) → commit or refund; the
 * round counts for the summary only when at least the protocol's fraction of its picked alerts had
 * their jobs requested. Runs are stored before the first trigger ({@code rounds_run}), resumed
 * after a restart and resent with {@code round retry}.
 *
 * <p>Other modules call {@link dev.perfsheriff.rounds.RoundRunner} and read {@link
 * dev.perfsheriff.rounds.RoundOutcome}; the chat layer only translates requests and renders the
 * outcome. Uses the {@code workflow} and {@code taskcluster.execution} APIs.
 */
package dev.perfsheriff.rounds;
