package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.List;

/** Event: the cherry-picked alerts of a summary were replaced (Perfherder's stars follow). */
public record PicksChanged(SummaryId summary, List<AlertId> picks, Actor by, Instant at) {

  public PicksChanged {
    picks = List.copyOf(picks);
  }
}
