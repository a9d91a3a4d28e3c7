package dev.perfsheriff.taskcluster.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/** The JSON-e subset: what actions.json uses renders exactly, anything else fails by name. */
class JsonESubsetTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void rendersEveryHookPayloadOfTheFixture() {
    JsonNode input = JSON.readTree("{\"depth\":2,\"times\":4}");
    Map<String, JsonNode> context =
        Map.of(
            "taskGroupId",
            StringNode.valueOf("D"),
            "taskId",
            NullNode.getInstance(),
            "input",
            input);

    for (JsonNode action : ActionsDocumentTest.fixture("initialActions.json").path("actions")) {
      JsonNode rendered = JsonESubset.render(action.path("hookPayload"), context);

      assertThat(rendered.path("user").path("input")).isEqualTo(input);
      assertThat(rendered.path("user").path("taskGroupId").asString()).isEqualTo("D");
      assertThat(rendered.path("user").path("taskId").isNull()).isTrue();
      assertThat(rendered.path("decision")).isEqualTo(action.path("hookPayload").path("decision"));
      assertThat(rendered.toString()).doesNotContain("$eval");
    }
  }

  @Test
  void dottedEvalReadsIntoAVariable() {
    JsonNode template = JSON.readTree("{\"a\":[{\"$eval\":\"input.times\"}, 1, \"x\"]}");

    JsonNode rendered =
        JsonESubset.render(template, Map.of("input", JSON.readTree("{\"times\":3}")));

    assertThat(rendered.toString()).isEqualTo("{\"a\":[3,1,\"x\"]}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"$if\":\"input\",\"then\":1}|$if",
        "{\"x\":{\"$let\":{},\"in\":1}}|$let",
        "{\"$eval\":\"input + 1\"}|$eval of the expression 'input + 1'",
        "{\"$eval\":\"nope\"}|unknown variable 'nope'",
        "{\"$eval\":\"input\",\"other\":1}|$eval with sibling keys",
        "{\"m\":\"${input}\"}|string interpolation",
        "{\"$map\":[],\"each(x)\":1}|$map"
      })
  void unsupportedConstructsFailNamingThem(String caseText) {
    String[] parts = caseText.split("\\|");
    JsonNode template = JSON.readTree(parts[0]);

    assertThatThrownBy(() -> JsonESubset.render(template, Map.of("input", JSON.readTree("{}"))))
        .isInstanceOf(UnsupportedTemplateException.class)
        .hasMessageContaining(parts[1])
        .hasMessageContaining("nothing was triggered");
  }

  @Test
  void templatesWithoutOperatorsComeBackUnchanged() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      JsonNode template = RandomJson.plain(random, 4);
      assertThat(JsonESubset.render(template, Map.of()))
          .as("seed %d, template %s", seed, template)
          .isEqualTo(template);
    }
  }
}
