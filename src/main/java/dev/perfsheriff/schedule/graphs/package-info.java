/**
 * The twice-daily graph check: for every summary waiting for data (confirming, dataready,
 * needs_data) the points per revision of its window and a chart of the values around the alert,
 * posted into the summary's thread; rounds whose data arrived are completed through the workflow.
 */
package dev.perfsheriff.schedule.graphs;
