package dev.perfsheriff.taskcluster.actions;

import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of JSON-e that actions.json hook payloads use: {@code {"$eval": "<name>"}} (a context
 * variable, optionally a dotted path into it), everything else copied as it is. Any other operator
 * ({@code $if}, {@code $let}, {@code $map}...), an {@code $eval} of an expression, or a {@code
 * ${...}} interpolation in a string fails with {@link UnsupportedTemplateException}.
 */
public final class JsonESubset {

  private static final Pattern PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonESubset() {}

  public static JsonNode render(JsonNode template, Map<String, JsonNode> context) {
    return render(template, context, "$");
  }

  private static JsonNode render(JsonNode node, Map<String, JsonNode> context, String where) {
    if (node.isObject()) {
      return renderObject(node, context, where);
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(render(node.get(i), context, where + "[" + i + "]"));
      }
      return out;
    }
    if (node.isString() && node.asString().contains("${")) {
      throw new UnsupportedTemplateException("string interpolation \"${...}\"", where);
    }
    return node.deepCopy();
  }

  private static JsonNode renderObject(JsonNode node, Map<String, JsonNode> context, String where) {
    if (node.has("$eval")) {
      if (node.size() != 1) {
        throw new UnsupportedTemplateException("$eval with sibling keys", where);
      }
      return eval(node.get("$eval"), context, where);
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      if (key.startsWith("$")) {
        throw new UnsupportedTemplateException(key, where);
      }
      if (key.contains("${")) {
        throw new UnsupportedTemplateException("key interpolation \"${...}\"", where + "." + key);
      }
      out.set(key, render(entry.getValue(), context, where + "." + key));
    }
    return out;
  }

  private static JsonNode eval(JsonNode expression, Map<String, JsonNode> context, String where) {
    String text =
        expression.isString() ? expression.asString().strip() : String.valueOf(expression);
    if (!expression.isString() || !PATH.matcher(text).matches()) {
      throw new UnsupportedTemplateException("$eval of the expression '" + text + "'", where);
    }
    String[] parts = text.split("\\.");
    if (!context.containsKey(parts[0])) {
      throw new UnsupportedTemplateException(
          "$eval of the unknown variable '" + parts[0] + "'", where);
    }
    JsonNode value = context.get(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      value = value == null ? null : value.get(parts[i]);
    }
    if (value == null) {
      throw new UnsupportedTemplateException("$eval of the missing property '" + text + "'", where);
    }
    return value.deepCopy();
  }
}
