/**
 * The bug jobs: the bug watch (a regression summary without a bug pings the perf sheriff on duty in
 * its thread after 20 h, and again after 24 h naming the next shift's perf sheriff; once per
 * threshold, never for closed summaries) and the daily Bugzilla refresh of linked bugs.
 */
package dev.perfsheriff.schedule.bugs;
