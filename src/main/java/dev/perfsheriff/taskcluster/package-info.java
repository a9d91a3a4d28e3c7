/**
 * The Taskcluster door: Hawk signing, in-tree action discovery and JSON-e rendering, trigger
 * execution for retrigger/backfill plans, and the pending counts of the perf hardware pools.
 */
package dev.perfsheriff.taskcluster;
