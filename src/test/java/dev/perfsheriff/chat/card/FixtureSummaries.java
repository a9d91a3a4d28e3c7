package dev.perfsheriff.chat.card;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only reader of the real Treeherder alert-summary fixtures into the workflow's domain types
 * (the Perfherder module owns the production mapping; this one only feeds card tests).
 */
public final class FixtureSummaries {

  private static final JsonMapper JSON = JsonMapper.builder().build();
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

  private FixtureSummaries() {}

  /** Every summary in {@code fixtures/perfherder/<file>} (one object or an array). */
  public static List<AlertSummary> load(String file) {
    try (InputStream in =
        FixtureSummaries.class.getResourceAsStream("/fixtures/perfherder/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + file);
      }
      JsonNode root = JSON.readTree(in);
      List<AlertSummary> summaries = new ArrayList<>();
      if (root.isArray()) {
        root.forEach(node -> summaries.add(summary(node)));
      } else {
        summaries.add(summary(root));
      }
      return summaries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AlertSummary first(String file) {
    return load(file).get(0);
  }

  private static AlertSummary summary(JsonNode node) {
    int framework = node.path("framework").asInt();
    List<Alert> alerts = new ArrayList<>();
    node.path("alerts").forEach(alert -> alerts.add(alert(alert)));
    return new AlertSummary(
        SummaryId.of(node.path("id").asLong()),
        Repository.of(node.path("repository").asString()),
        framework,
        FRAMEWORKS.getOrDefault(framework, "framework " + framework),
        node.path("push_id").asLong(),
        node.path("prev_push_id").asLong(),
        Revision.of(node.path("revision").asString()),
        Revision.of(node.path("prev_push_revision").asString()),
        Instant.ofEpochSecond(node.path("push_timestamp").asLong()),
        LocalDateTime.parse(node.path("created").asString()).toInstant(ZoneOffset.UTC),
        SummaryStatus.fromCode(node.path("status").asInt()),
        alerts,
        List.of(),
        node.path("notes").isNull() ? "" : node.path("notes").asString(),
        node.path("bug_number").isNull() ? null : node.path("bug_number").asLong(),
        null,
        List.of());
  }

  private static Alert alert(JsonNode node) {
    JsonNode signature = node.path("series_signature");
    List<String> options = new ArrayList<>();
    signature
        .path("extra_options")
        .forEach(
            o -> {
              if (!o.asString().isBlank()) {
                options.add(o.asString());
              }
            });
    return new Alert(
        AlertId.of(node.path("id").asLong()),
        SummaryId.of(node.path("summary_id").asLong()),
        AlertStatus.fromCode(node.path("status").asInt()),
        new SeriesSignature(
            signature.path("id").asLong(),
            signature.path("signature_hash").asString(),
            signature.path("framework_id").asInt(),
            signature.path("suite").asString(),
            signature.path("test").asString(),
            signature.path("machine_platform").asString(),
            signature.path("option_collection_hash").asString(),
            options,
            signature.path("lower_is_better").asBoolean()),
        node.path("is_regression").asBoolean(),
        node.path("prev_value").asDouble(),
        node.path("new_value").asDouble(),
        Math.abs(node.path("amount_pct").asDouble()),
        node.path("t_value").isNull() ? null : node.path("t_value").asDouble(),
        node.path("noise_profile").isMissingNode() ? null : node.path("noise_profile").asString(),
        node.path("starred").asBoolean(),
        node.path("related_summary_id").isNull()
            ? null
            : SummaryId.of(node.path("related_summary_id").asLong()),
        null,
        node.path("manually_created").asBoolean());
  }
}
