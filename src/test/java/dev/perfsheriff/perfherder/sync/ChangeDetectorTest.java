package dev.perfsheriff.perfherder.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.perfherder.api.Fixtures;
import dev.perfsheriff.perfherder.api.SummaryParser;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.workflow.domain.SummaryChanged.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Changes are named as the core reacts to them; measured values and tags are not changes. */
class ChangeDetectorTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void statusNotesBugAssigneeRangeAndAlertTriageAreNamed() {
    ObjectNode before = fixture();
    ObjectNode after = before.deepCopy();
    after.put("status", 5);
    after.put("notes", "new text");
    after.put("bug_number", 1_999_999);
    after.put("assignee_username", "mozilla-ldap/x@mozilla.com");
    after.put("prev_push_id", 1);
    ((ObjectNode) after.get("alerts").get(0)).put("starred", true);

    assertThat(changes(before, after))
        .containsExactlyInAnyOrder(
            Change.STATUS,
            Change.NOTES,
            Change.BUG,
            Change.ASSIGNEE,
            Change.REVISION_RANGE,
            Change.ALERTS);
  }

  @Test
  void newValuesOrTagsAloneAreNoChangeForTheCore() {
    ObjectNode before = fixture();
    ObjectNode after = before.deepCopy();
    ((ObjectNode) after.get("alerts").get(0)).put("new_value", 99.9);
    after.putArray("performance_tags").add("infra");

    assertThat(changes(before, after)).isEmpty();
    assertThat(SummaryCodec.hash(parse(before))).isNotEqualTo(SummaryCodec.hash(parse(after)));
  }

  @Test
  void aProfileLinkFilledOnlyWhenReadByIdDoesNotChangeTheHash() {
    ObjectNode before = fixture();
    ObjectNode after = before.deepCopy();
    ((ObjectNode) after.get("alerts").get(0)).put("profile_url", "https://profiler.firefox.com/x");

    assertThat(SummaryCodec.hash(parse(before))).isEqualTo(SummaryCodec.hash(parse(after)));
  }

  private static ObjectNode fixture() {
    return (ObjectNode)
        JSON.readTree(Fixtures.perfherder("alert_summary_with_different_status.json"));
  }

  private static SummaryPayload parse(ObjectNode node) {
    return SummaryParser.summary(node);
  }

  private static java.util.Set<Change> changes(ObjectNode before, ObjectNode after) {
    return ChangeDetector.changes(
        SnapshotMapper.toSnapshot(parse(before), "talos"),
        SnapshotMapper.toSnapshot(parse(after), "talos"));
  }
}
