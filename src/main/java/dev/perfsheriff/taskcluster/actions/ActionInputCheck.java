package dev.perfsheriff.taskcluster.actions;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The client-side check the actions spec asks for, limited to what our inputs use: every top-level
 * property must be declared by the action's schema, and declared integers must lie within their
 * {@code minimum}/{@code maximum}. The hook's own trigger schema remains the final judge.
 */
final class ActionInputCheck {

  private ActionInputCheck() {}

  static void check(ActionDefinition action, JsonNode input) {
    if (action.schema() == null) {
      if (!input.isEmpty()) {
        throw new InvalidActionInputException(action.name() + " takes no input, got " + input);
      }
      return;
    }
    JsonNode declared = action.schema().path("properties");
    for (Map.Entry<String, JsonNode> property : input.properties()) {
      JsonNode spec = declared.get(property.getKey());
      if (spec == null) {
        throw new InvalidActionInputException(
            action.name() + " does not declare the input '" + property.getKey() + "'");
      }
      checkRange(action.name(), property.getKey(), spec, property.getValue());
    }
  }

  private static void checkRange(String action, String name, JsonNode spec, JsonNode value) {
    if (!"integer".equals(spec.path("type").asString(""))) {
      return;
    }
    if (!value.isIntegralNumber()) {
      throw new InvalidActionInputException(action + " input '" + name + "' must be an integer");
    }
    long n = value.asLong();
    if (spec.has("minimum") && n < spec.get("minimum").asLong()) {
      throw new InvalidActionInputException(
          action + " input '" + name + "' is " + n + ", below its minimum " + spec.get("minimum"));
    }
    if (spec.has("maximum") && n > spec.get("maximum").asLong()) {
      throw new InvalidActionInputException(
          action + " input '" + name + "' is " + n + ", above its maximum " + spec.get("maximum"));
    }
  }
}
