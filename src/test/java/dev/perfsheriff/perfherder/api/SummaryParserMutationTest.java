package dev.perfsheriff.perfherder.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Treeherder responses the team has not seen: fixtures with fields dropped, retyped or added at
 * random (ids left alone) still parse, with every id intact.
 */
class SummaryParserMutationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> FIXTURES =
      List.of(
          "alert_summaries.json",
          "alert_summaries_with_critical_tests.json",
          "alert_summary_with_browsertime_videos.json",
          "alert_summary_with_different_status.json",
          "alert_summary_with_one_regression.json");

  static long[] seeds() {
    return new Random(5).longs(100).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedSummariesStillParseWithTheirIds(long seed) {
    Random random = new Random(seed);
    JsonNode root =
        JSON.readTree(Fixtures.perfherder(FIXTURES.get(random.nextInt(FIXTURES.size()))));
    mutate(root, random);
    String body = JSON.writeValueAsString(root);

    assertThatCode(() -> SummaryParser.summaryPage(body))
        .as("seed %d", seed)
        .doesNotThrowAnyException();
    Page<SummaryPayload> page = SummaryParser.summaryPage(body);
    assertThat(page.results()).as("seed %d", seed).isNotEmpty().allMatch(s -> s.id() > 0);
  }

  private static void mutate(JsonNode node, Random random) {
    if (node instanceof ObjectNode object) {
      for (String name : new ArrayList<>(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (name.equals("id") || name.equals("results") || name.equals("alerts")) {
          mutate(value, random);
          continue;
        }
        switch (random.nextInt(10)) {
          case 0 -> object.remove(name);
          case 1 -> object.putNull(name);
          case 2 -> object.put(name, "unexpected text");
          case 3 -> object.putArray(name).add(1);
          case 4 -> object.putObject(name).put("nested", true);
          default -> mutate(value, random);
        }
      }
      object.put("field_added_later_" + random.nextInt(100), random.nextInt());
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> mutate(item, random));
    }
  }
}
