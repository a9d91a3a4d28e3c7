/**
 * The pictures of the scheduled reports, drawn with JFreeChart into PNGs without a display
 * (headless: Spring Boot starts the JVM with {@code java.awt.headless=true}, and only off-screen
 * images are drawn): each with a title, axis labels with units, at least 800 px wide and fonts
 * large enough to read at half size in a chat client.
 */
package dev.perfsheriff.schedule.charts;
