/**
 * The Taskcluster door: Hawk signing, in-tree action discovery and JSON-e rendering, trigger
 * execution for retrigger/backfill plans, and the pending counts of the perf hardware pools.
 *
 * <p>Its API for other modules (checked by {@code ModuleRulesTest}): this package, {@code
 * taskcluster.execution} (the executor and CI-operation plans, used by the {@code rounds} module)
 * and {@code taskcluster.load} (pending counts, read by the chat's warnings and the schedule).
 * {@code actions}, {@code hawk} and {@code http} are internal.
 */
package dev.perfsheriff.taskcluster;
