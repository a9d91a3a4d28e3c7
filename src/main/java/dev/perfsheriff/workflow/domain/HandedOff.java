package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;

/**
 * Event: a summary was handed off (dataready) to the perf sheriffs.
 *
 * @param perfSheriff the perf sheriff on duty to ping, or null when nobody is on the rotation
 * @param note the code sheriff's notes for the perf sheriff, possibly empty
 */
public record HandedOff(SummaryId summary, Actor by, Actor perfSheriff, String note, Instant at) {}
