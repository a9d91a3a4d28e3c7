package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only reader of Perfherder's alert-summary JSON (the fixtures) into the core's snapshot
 * types, until the Perfherder module's own parser lands. Tolerates the fixtures' missing fields.
 */
final class FixtureSummaries {

  static final List<String> FILES =
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

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FixtureSummaries() {}

  static List<AlertSummary> read(String file) {
    try (InputStream in =
        FixtureSummaries.class.getResourceAsStream("/fixtures/perfherder/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + file);
      }
      JsonNode root = JSON.readTree(in);
      JsonNode list = root.isArray() ? root : root.has("results") ? root.get("results") : null;
      List<AlertSummary> summaries = new ArrayList<>();
      if (list == null) {
        summaries.add(summary(root));
      } else {
        list.forEach(node -> summaries.add(summary(node)));
      }
      return summaries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AlertSummary summary(JsonNode node) {
    SummaryId id = SummaryId.of(node.get("id").asLong());
    return new AlertSummary(
        id,
        Repository.of(node.get("repository").asString()),
        node.get("framework").asInt(),
        "framework-" + node.get("framework").asInt(),
        node.path("push_id").asLong(),
        node.path("prev_push_id").asLong(),
        Revision.of(node.get("revision").asString()),
        Revision.of(node.get("prev_push_revision").asString()),
        Instant.ofEpochSecond(node.path("push_timestamp").asLong()),
        LocalDateTime.parse(node.get("created").asString()).toInstant(ZoneOffset.UTC),
        SummaryStatus.fromCode(node.path("status").asInt()),
        alerts(node.path("alerts")),
        alerts(node.path("related_alerts")),
        text(node, "notes"),
        node.path("bug_number").isNumber() ? node.get("bug_number").asLong() : null,
        text(node, "assignee_username"),
        List.of());
  }

  private static List<Alert> alerts(JsonNode array) {
    List<Alert> alerts = new ArrayList<>();
    for (JsonNode node : array) {
      if (node.has("series_signature")) {
        alerts.add(alert(node));
      }
    }
    return alerts;
  }

  private static Alert alert(JsonNode node) {
    JsonNode sig = node.get("series_signature");
    List<String> options = new ArrayList<>();
    sig.path("extra_options")
        .forEach(
            o -> {
              if (!o.asString().isBlank()) {
                options.add(o.asString());
              }
            });
    SeriesSignature signature =
        new SeriesSignature(
            sig.get("id").asLong(),
            text(sig, "signature_hash"),
            sig.path("framework_id").asInt(),
            text(sig, "suite"),
            text(sig, "test"),
            text(sig, "machine_platform"),
            text(sig, "option_collection_hash"),
            options,
            sig.path("lower_is_better").asBoolean(true));
    JsonNode related = node.path("related_summary_id");
    JsonNode tValue = node.path("t_value");
    return new Alert(
        AlertId.of(node.get("id").asLong()),
        SummaryId.of(node.get("summary_id").asLong()),
        AlertStatus.fromCode(node.path("status").asInt()),
        signature,
        node.path("is_regression").asBoolean(),
        node.path("prev_value").asDouble(),
        node.path("new_value").asDouble(),
        node.path("amount_pct").asDouble(),
        tValue.isNumber() ? tValue.asDouble() : null,
        text(node, "noise_profile"),
        node.path("starred").asBoolean(),
        related.isNumber() ? SummaryId.of(related.asLong()) : null,
        text(node.path("taskcluster_metadata"), "task_id"),
        node.path("manually_created").asBoolean());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : null;
  }
}
