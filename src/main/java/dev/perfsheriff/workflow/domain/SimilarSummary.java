package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;

/** An open summary that probably shares a root cause with another: suggested as a link. */
public record SimilarSummary(
    SummaryId summary, Revision revision, List<String> tests, String reason) {

  public SimilarSummary {
    tests = List.copyOf(tests);
  }
}
