package dev.perfsheriff.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The recorded Treeherder responses bundled under {@code classpath:demo/} (see its README): the
 * alert summaries that will "arrive", and the documents every push and job is answered with.
 */
final class RecordedResponses {

  /** Files of alert summaries, in the order their summaries arrive. */
  private static final List<String> SUMMARY_FILES =
      List.of(
          "alert_summary_with_one_regression.json",
          "alert_summaries.json",
          "alert_summary_with_browsertime_videos.json",
          "alert_summaries_with_critical_tests.json",
          "alert_summary_regressions_and_improvements.json");

  private final JsonMapper json;

  RecordedResponses(JsonMapper json) {
    this.json = json;
  }

  /**
   * Every recorded summary with at least one regression (the bot announces only those by default),
   * each once even where several files record the same summary.
   */
  List<ObjectNode> summaries() {
    List<ObjectNode> summaries = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    for (String file : SUMMARY_FILES) {
      JsonNode root = read(file);
      JsonNode items = root.isArray() ? root : root.has("results") ? root.get("results") : null;
      List<JsonNode> list = new ArrayList<>();
      if (items == null) {
        list.add(root);
      } else {
        items.forEach(list::add);
      }
      for (JsonNode summary : list) {
        boolean regression = false;
        for (JsonNode alert : summary.path("alerts")) {
          regression |= alert.path("is_regression").asBoolean(false);
        }
        if (regression && !seen.contains(summary.path("id").asLong())) {
          seen.add(summary.path("id").asLong());
          summaries.add((ObjectNode) summary.deepCopy());
        }
      }
    }
    return summaries;
  }

  JsonNode repositories() {
    return read("repositories.json");
  }

  ObjectNode actions() {
    return (ObjectNode) read("initialActions.json");
  }

  ObjectNode perfTask() {
    return (ObjectNode) read("originalTask.json");
  }

  private JsonNode read(String file) {
    try (InputStream in = RecordedResponses.class.getResourceAsStream("/demo/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The demo's recorded response " + file + " is missing");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
