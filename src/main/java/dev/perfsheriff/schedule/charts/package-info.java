/**
 * The pictures of the scheduled reports, drawn with JFreeChart into PNGs without a display
 * (headless): each with a title, axis labels with units, at least 800 px wide and fonts large
 * enough to read at half size in a chat client.
 */
package dev.perfsheriff.schedule.charts;
