package dev.perfsheriff.testsupport;

import dev.perfsheriff.perfherder.api.SummaryParser;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.perfherder.sync.SnapshotMapper;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Treeherder alert-summary fixtures ({@code src/test/resources/fixtures/perfherder},
 * copied from {@code ../shared/fixtures/perfherder}) read by the Perfherder module's own parser and
 * snapshot mapper, so the core's tests see exactly what production sees.
 */
public final class PerfherderFixtures {

  /** The fixture files holding alert summaries (one object, a list, or a page). */
  public static final List<String> SUMMARY_FILES =
      List.of(
          "alert_summaries.json",
          "alert_summaries_with_critical_tests.json",
          "alert_summary_improvements_only.json",
          "alert_summary_non_browsertime.json",
          "alert_summary_regressions_and_improvements.json",
          "alert_summary_regressions_and_reassigned.json",
          "alert_summary_with_browsertime_videos.json",
          "alert_summary_with_different_status.json",
          "alert_summary_with_one_regression.json");

  /** {@link #SUMMARY_FILES} for {@code @MethodSource}. */
  public static List<String> summaryFiles() {
    return SUMMARY_FILES;
  }

  /**
   * Treeherder's framework ids → names, as {@code /api/performance/framework/} serves them
   * (../shared/reference/perfherder-api.md §1.11); the production catalog reads them from there.
   */
  private static final Map<Integer, String> FRAMEWORKS =
      Map.of(
          1,
          "talos",
          2,
          "build_metrics",
          4,
          "awsy",
          6,
          "platform_microbench",
          13,
          "browsertime",
          15,
          "mozperftest");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PerfherderFixtures() {}

  /** Every summary in {@code fixtures/perfherder/<file>}. */
  public static List<AlertSummary> summaries(String file) {
    JsonNode root = JSON.readTree(resource(file));
    List<SummaryPayload> payloads = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(node -> payloads.add(SummaryParser.summary(node)));
    } else if (root.has("results")) {
      payloads.addAll(SummaryParser.summaryPage(root.toString()).results());
    } else {
      payloads.add(SummaryParser.summary(root));
    }
    return payloads.stream()
        .map(p -> SnapshotMapper.toSnapshot(p, FRAMEWORKS.getOrDefault(p.framework(), "unknown")))
        .toList();
  }

  public static AlertSummary first(String file) {
    return summaries(file).get(0);
  }

  private static String resource(String file) {
    try (InputStream in =
        PerfherderFixtures.class.getResourceAsStream("/fixtures/perfherder/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
