/**
 * The monthly review on the 1st: the past month's workflow cases per bucket and the time from
 * summary to bug (median, share within the 24 h goal and the 36 h limit), with a bar chart; and the
 * same review as CSV.
 */
package dev.perfsheriff.schedule.review;
