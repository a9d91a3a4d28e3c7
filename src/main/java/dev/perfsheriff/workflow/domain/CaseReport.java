package dev.perfsheriff.workflow.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of workflow cases per kind and bucket, for the monthly review. */
public record CaseReport(Map<CaseKind, Map<CaseBucket, Long>> counts, long total) {

  public static CaseReport of(List<WorkflowCase> cases) {
    Map<CaseKind, Map<CaseBucket, Long>> counts = new EnumMap<>(CaseKind.class);
    for (WorkflowCase c : cases) {
      counts
          .computeIfAbsent(c.kind(), k -> new EnumMap<>(CaseBucket.class))
          .merge(c.bucket(), 1L, Long::sum);
    }
    return new CaseReport(counts, cases.size());
  }

  public long count(CaseKind kind, CaseBucket bucket) {
    return counts.getOrDefault(kind, Map.of()).getOrDefault(bucket, 0L);
  }
}
