package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.AlertPayload;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local copy's JSON form of a summary payload, and its content hash. The hash leaves out the
 * profile links, which Treeherder fills only when a summary is read by id: reading the same summary
 * through the list must not look like a change.
 */
public final class SummaryCodec {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SummaryCodec() {}

  public static String toJson(SummaryPayload summary) {
    return MAPPER.writeValueAsString(summary);
  }

  public static SummaryPayload fromJson(String json) {
    return MAPPER.readValue(json, SummaryPayload.class);
  }

  public static String hash(SummaryPayload summary) {
    SummaryPayload comparable =
        new SummaryPayload(
            summary.id(),
            summary.pushId(),
            summary.prevPushId(),
            summary.repository(),
            summary.framework(),
            summary.statusCode(),
            summary.revision(),
            summary.prevPushRevision(),
            summary.originalRevision(),
            summary.originalPrevPushRevision(),
            summary.pushTimestamp(),
            summary.created(),
            summary.firstTriaged(),
            summary.triageDueDate(),
            summary.bugDueDate(),
            summary.notes(),
            summary.bugNumber(),
            summary.bugStatusCode(),
            summary.issueTracker(),
            summary.assigneeUsername(),
            summary.performanceTags(),
            withoutProfiles(summary.alerts()),
            withoutProfiles(summary.relatedAlerts()),
            summary.duplicatedSummaryIds());
    return sha256(toJson(comparable));
  }

  private static List<AlertPayload> withoutProfiles(List<AlertPayload> alerts) {
    return alerts.stream()
        .map(
            a ->
                new AlertPayload(
                    a.id(),
                    a.summaryId(),
                    a.statusCode(),
                    a.signature(),
                    a.isRegression(),
                    a.prevValue(),
                    a.newValue(),
                    a.tValue(),
                    a.amountAbs(),
                    a.amountPct(),
                    a.relatedSummaryId(),
                    a.manuallyCreated(),
                    a.starred(),
                    a.classifier(),
                    a.noiseProfile(),
                    a.taskId(),
                    a.prevTaskId(),
                    null,
                    a.backfillRecord()))
        .toList();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
