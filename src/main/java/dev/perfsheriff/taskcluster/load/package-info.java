/**
 * CI load of the hardware pools that run perf jobs: pending and claimed counts and active workers,
 * sampled into a PostgreSQL time series for the twice-daily report, classified by the configurable
 * {@link dev.perfsheriff.taskcluster.BacklogRule}, and the warning the chat layer shows before a
 * sheriff adds jobs to a backlogged pool. {@link dev.perfsheriff.taskcluster.load.CiLoad} is the
 * API.
 */
package dev.perfsheriff.taskcluster.load;
