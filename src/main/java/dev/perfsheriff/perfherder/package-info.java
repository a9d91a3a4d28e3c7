/**
 * The Treeherder/Perfherder door: API client, payload records (which never leave this package), the
 * poller and its local copy of summaries, the staff session for writes, and the notes merge.
 */
package dev.perfsheriff.perfherder;
