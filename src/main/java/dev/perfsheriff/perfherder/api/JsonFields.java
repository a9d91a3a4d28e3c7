package dev.perfsheriff.perfherder.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Liberal accessors for Treeherder JSON. Older responses lack fields, newer ones add some, and a
 * few carry numbers as strings: every field but an id is optional, and a value of the wrong shape
 * reads as absent instead of failing the whole response.
 */
final class JsonFields {

  private JsonFields() {}

  /** The id every entity must carry; a response without it cannot be used at all. */
  static long requiredId(JsonNode node, String field, String what) {
    Long id = longOrNull(node, field);
    if (id == null) {
      throw new PayloadException(what + " without a numeric '" + field + "': " + abbreviate(node));
    }
    return id;
  }

  static JsonNode field(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isMissingNode() ? null : value;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = field(node, field);
    if (value == null || value.isContainer()) {
      return null;
    }
    return value.asString();
  }

  static Long longOrNull(JsonNode node, String field) {
    return toLong(field(node, field));
  }

  static Long toLong(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.canConvertToLong() ? value.asLong() : null;
    }
    if (value.isString()) {
      try {
        return Long.parseLong(value.asString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static Integer intOrNull(JsonNode node, String field) {
    Long value = longOrNull(node, field);
    return value == null || value != value.intValue() ? null : value.intValue();
  }

  static Double doubleOrNull(JsonNode node, String field) {
    JsonNode value = field(node, field);
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isString()) {
      try {
        return Double.parseDouble(value.asString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static boolean bool(JsonNode node, String field) {
    Boolean value = boolOrNull(node, field);
    return value != null && value;
  }

  static Boolean boolOrNull(JsonNode node, String field) {
    JsonNode value = field(node, field);
    if (value == null) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNumber()) {
      return value.asLong() != 0;
    }
    if (value.isString()) {
      String text = value.asString().trim();
      if (text.equalsIgnoreCase("true") || text.equals("1")) {
        return true;
      }
      if (text.equalsIgnoreCase("false") || text.equals("0")) {
        return false;
      }
    }
    return null;
  }

  /** Strings of an array field; non-string items are kept in their text form. */
  static List<String> strings(JsonNode node, String field) {
    return list(node, field, item -> item.isContainer() ? null : item.asString());
  }

  /** Items of an array field mapped one by one; items the mapper rejects with null are dropped. */
  static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> mapper) {
    JsonNode array = field(node, field);
    List<T> items = new ArrayList<>();
    if (array == null || !array.isArray()) {
      return items;
    }
    for (JsonNode item : array.values()) {
      if (item != null && !item.isNull()) {
        T mapped = mapper.apply(item);
        if (mapped != null) {
          items.add(mapped);
        }
      }
    }
    return items;
  }

  static String abbreviate(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
