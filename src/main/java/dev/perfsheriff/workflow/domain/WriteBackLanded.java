package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;

/** Event: a queued Perfherder write was finally accepted, after {@code attempts} attempts. */
public record WriteBackLanded(SummaryId summary, String what, int attempts) {}
