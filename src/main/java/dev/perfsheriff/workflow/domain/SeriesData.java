package dev.perfsheriff.workflow.domain;

import java.util.List;

/**
 * What exists of one series at one revision: the number of data points, the Taskcluster task ids of
 * the jobs that produced them (to retrigger from), and the points' values where the source gives
 * them (the graph check draws them). No points means the job did not run there (coalesced): a
 * backfill candidate.
 */
public record SeriesData(int points, List<String> taskIds, List<Double> values) {

  public static final SeriesData NONE = new SeriesData(0, List.of());

  public SeriesData {
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative");
    }
    taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** Counted points whose values are not known. */
  public SeriesData(int points, List<String> taskIds) {
    this(points, taskIds, List.of());
  }
}
