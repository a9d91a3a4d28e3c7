package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;

/** Event: a round's data arrived; the round is now immutable. */
public record RoundCompleted(SummaryId summary, int round, Actor by, Instant at) {}
