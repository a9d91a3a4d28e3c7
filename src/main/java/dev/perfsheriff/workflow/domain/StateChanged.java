package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;

/** Event: the bot-side state of a summary changed (by a command or mirrored from Perfherder). */
public record StateChanged(
    SummaryId summary, WorkflowState from, WorkflowState to, Actor by, Instant at) {}
