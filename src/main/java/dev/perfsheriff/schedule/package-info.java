/**
 * Scheduled work on Quartz (clustered): polling, the twice-daily load report and graph check, the
 * daily bug refresh, the monthly report, and the charts they post.
 */
package dev.perfsheriff.schedule;
