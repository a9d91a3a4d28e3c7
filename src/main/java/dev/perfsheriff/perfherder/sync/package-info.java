/**
 * The local copy of Perfherder's alert summaries and how it follows Perfherder: the clustered
 * Quartz poll, incremental reads (newest first, stopping at what is already known, plus a periodic
 * re-read of recent summaries), content hashes, and the outbox that publishes {@code
 * SummaryAppeared} / {@code SummaryChanged} exactly once, after commit, across restarts. Also the
 * mapping from payload records to the core's snapshot types, and the {@code AlertSummaries} port.
 */
package dev.perfsheriff.perfherder.sync;
