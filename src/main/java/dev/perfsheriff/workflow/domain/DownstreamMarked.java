package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;

/** Event: a summary was marked downstream of another one. */
public record DownstreamMarked(SummaryId summary, SummaryId upstream, Actor by, Instant at) {}
