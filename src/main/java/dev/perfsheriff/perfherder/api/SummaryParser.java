package dev.perfsheriff.perfherder.api;

import static dev.perfsheriff.perfherder.api.JsonFields.bool;
import static dev.perfsheriff.perfherder.api.JsonFields.boolOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.doubleOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.field;
import static dev.perfsheriff.perfherder.api.JsonFields.intOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.list;
import static dev.perfsheriff.perfherder.api.JsonFields.longOrNull;
import static dev.perfsheriff.perfherder.api.JsonFields.requiredId;
import static dev.perfsheriff.perfherder.api.JsonFields.strings;
import static dev.perfsheriff.perfherder.api.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Alert summaries and alerts from Treeherder JSON, liberally: ids are required, everything else may
 * be missing or of another shape, unknown fields are ignored, and no server invariant (e.g.
 * "downstream needs a related summary") is asserted, because old rows and mocks break them.
 */
public final class SummaryParser {

  private SummaryParser() {}

  /** A summary list: a page envelope, a bare array, or a single summary object. */
  public static Page<SummaryPayload> summaryPage(String body) {
    JsonNode root = JsonDocuments.read(body);
    if (root.isObject() && field(root, "id") != null && field(root, "results") == null) {
      return new Page<>(1L, null, List.of(summary(root)));
    }
    List<SummaryPayload> summaries = new ArrayList<>();
    JsonDocuments.items(root).forEach(item -> summaries.add(summary(item)));
    return new Page<>(JsonDocuments.count(root), text(root, "next"), summaries);
  }

  /** One summary: the bare object, or the first result of a {@code ?id=} list. */
  public static SummaryPayload oneSummary(String body) {
    List<SummaryPayload> results = summaryPage(body).results();
    if (results.isEmpty()) {
      throw new PayloadException("Treeherder sent no summary where one was expected");
    }
    return results.get(0);
  }

  public static SummaryPayload summary(JsonNode node) {
    return new SummaryPayload(
        requiredId(node, "id", "an alert summary"),
        longOrNull(node, "push_id"),
        longOrNull(node, "prev_push_id"),
        text(node, "repository"),
        intOrNull(node, "framework"),
        intOrNull(node, "status"),
        text(node, "revision"),
        text(node, "prev_push_revision"),
        text(node, "original_revision"),
        text(node, "original_prev_push_revision"),
        longOrNull(node, "push_timestamp"),
        text(node, "created"),
        text(node, "first_triaged"),
        text(node, "triage_due_date"),
        text(node, "bug_due_date"),
        text(node, "notes"),
        longOrNull(node, "bug_number"),
        intOrNull(node, "bug_status"),
        intOrNull(node, "issue_tracker"),
        text(node, "assignee_username"),
        strings(node, "performance_tags"),
        list(node, "alerts", SummaryParser::alertIfObject),
        list(node, "related_alerts", SummaryParser::alertIfObject),
        list(node, "duplicated_summaries", item -> longOrNull(item, "id")));
  }

  /** One alert: the bare object or the first result of a list. */
  public static AlertPayload oneAlert(String body) {
    JsonNode root = JsonDocuments.read(body);
    if (root.isObject() && field(root, "results") == null) {
      return alert(root);
    }
    for (JsonNode item : JsonDocuments.items(root)) {
      return alert(item);
    }
    throw new PayloadException("Treeherder sent no alert where one was expected");
  }

  /** The cursor-paged alert list. */
  public static Page<AlertPayload> alertPage(String body) {
    JsonNode root = JsonDocuments.read(body);
    List<AlertPayload> alerts = new ArrayList<>();
    JsonDocuments.items(root).forEach(item -> alerts.add(alert(item)));
    return new Page<>(JsonDocuments.count(root), text(root, "next"), alerts);
  }

  /** List items that are not objects at all (never seen, but cheap to survive) are skipped. */
  private static AlertPayload alertIfObject(JsonNode node) {
    return node.isObject() ? alert(node) : null;
  }

  public static AlertPayload alert(JsonNode node) {
    JsonNode signature = field(node, "series_signature");
    return new AlertPayload(
        requiredId(node, "id", "an alert"),
        longOrNull(node, "summary_id"),
        intOrNull(node, "status"),
        signature == null || field(signature, "id") == null ? null : signature(signature),
        boolOrNull(node, "is_regression"),
        doubleOrNull(node, "prev_value"),
        doubleOrNull(node, "new_value"),
        doubleOrNull(node, "t_value"),
        doubleOrNull(node, "amount_abs"),
        doubleOrNull(node, "amount_pct"),
        longOrNull(node, "related_summary_id"),
        bool(node, "manually_created"),
        bool(node, "starred"),
        text(node, "classifier"),
        text(node, "noise_profile"),
        text(field(node, "taskcluster_metadata"), "task_id"),
        text(field(node, "prev_taskcluster_metadata"), "task_id"),
        text(node, "profile_url"),
        backfillRecord(field(node, "backfill_record")));
  }

  public static SignaturePayload signature(JsonNode node) {
    return new SignaturePayload(
        requiredId(node, "id", "a series signature"),
        intOrNull(node, "framework_id"),
        text(node, "signature_hash"),
        text(node, "machine_platform"),
        text(node, "suite"),
        text(node, "test"),
        boolOrNull(node, "lower_is_better"),
        boolOrNull(node, "has_subtests"),
        text(node, "option_collection_hash"),
        strings(node, "extra_options"),
        strings(node, "tags"),
        text(node, "measurement_unit"));
  }

  private static BackfillRecordPayload backfillRecord(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode context = field(node, "context");
    return new BackfillRecordPayload(
        context == null ? null : context.isContainer() ? context.toString() : context.asString(),
        intOrNull(node, "status"),
        intOrNull(node, "total_actions_triggered"),
        intOrNull(node, "total_backfills_failed"),
        intOrNull(node, "total_backfills_successful"),
        intOrNull(node, "total_backfills_in_progress"));
  }
}
