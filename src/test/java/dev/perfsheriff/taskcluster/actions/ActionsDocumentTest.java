package dev.perfsheriff.taskcluster.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.taskcluster.http.TaskclusterException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Choosing actions from the real gecko actions.json fixture, by name and task context. */
class ActionsDocumentTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void taskGroupActionsAreChosenOnlyWithoutATask() {
    ActionsDocument actions = ActionsDocument.parse("D", fixture("initialActions.json"));

    assertThat(actions.choose("retrigger-multiple", Optional.empty()))
        .get()
        .extracting(ActionDefinition::hookId)
        .isEqualTo("in-tree-action-3-generic/9353e8f146");
    assertThat(actions.choose("retrigger-multiple", Optional.of(Map.of()))).isEmpty();
    assertThat(actions.choose("add-new-jobs", Optional.empty())).isPresent();
  }

  @Test
  void theFirstRetriggerWhoseContextMatchesTheTaskTagsWins() {
    ActionsDocument actions = ActionsDocument.parse("D", fixture("initialActions.json"));
    Map<String, String> perfTask = tags(fixture("originalTask.json"));

    ActionDefinition retrigger = actions.choose("retrigger", Optional.of(perfTask)).orElseThrow();
    assertThat(retrigger.context()).containsExactly(Map.of("retrigger", "true"));
    assertThat(retrigger.declaresInput("times")).isTrue();

    ActionDefinition decisionRetrigger =
        actions.choose("retrigger", Optional.of(Map.of("kind", "decision-task"))).orElseThrow();
    assertThat(decisionRetrigger.context()).hasSize(3);

    ActionDefinition fallback =
        actions.choose("retrigger", Optional.of(Map.of("kind", "build"))).orElseThrow();
    assertThat(fallback.declaresInput("force")).isTrue();
  }

  @Test
  void backfillMatchesAnyTaskAndDeclaresItsInputs() {
    ActionsDocument actions = ActionsDocument.parse("D", fixture("initialActions.json"));

    ActionDefinition backfill =
        actions.choose("backfill", Optional.of(tags(fixture("originalTask.json")))).orElseThrow();

    assertThat(backfill.declaresInput("depth")).isTrue();
    assertThat(backfill.declaresInput("retrigger")).isFalse();
    assertThat(backfill.hookPayload()).isEqualTo(fixture("backfillTask.json").path("hookPayload"));
  }

  @Test
  void otherVersionsAreRefused() {
    ObjectNode document = (ObjectNode) fixture("initialActions.json");
    document.put("version", 2);

    assertThatThrownBy(() -> ActionsDocument.parse("D", document))
        .isInstanceOf(TaskclusterException.Malformed.class)
        .hasMessageContaining("version 2")
        .hasMessageContaining("only version 1");
  }

  static JsonNode fixture(String name) {
    try (InputStream in = ActionsDocumentTest.class.getResourceAsStream("/taskcluster/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> tags(JsonNode task) {
    Map<String, String> tags = new LinkedHashMap<>();
    task.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
    return tags;
  }
}
