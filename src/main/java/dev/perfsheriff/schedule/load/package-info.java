/**
 * The CI load jobs: sampling the perf pools into the time series every few minutes, and the
 * twice-daily load report (per pool now against the last report, quota used this shift, a warning
 * for backlogged pools, a chart of the last seven days) posted in the sheriffs' channel.
 */
package dev.perfsheriff.schedule.load;
