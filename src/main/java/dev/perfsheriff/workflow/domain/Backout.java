package dev.perfsheriff.workflow.domain;

import java.util.List;

/** A summary recognised as the backout of an earlier regression: it needs no retriggers. */
public record Backout(AlertSummary undone, List<String> evidence) {

  public Backout {
    evidence = List.copyOf(evidence);
  }
}
