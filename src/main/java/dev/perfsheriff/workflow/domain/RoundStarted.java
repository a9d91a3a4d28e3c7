package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;

/** Event: a round was recorded as started; its jobs are the ones to reserve and trigger. */
public record RoundStarted(SummaryId summary, Round round) {}
