package dev.perfsheriff.perfherder.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a response body into a JSON tree; anything that is not JSON becomes a PayloadException. */
final class JsonDocuments {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private JsonDocuments() {}

  static JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      throw new PayloadException("Treeherder sent an empty body where JSON was expected");
    }
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new PayloadException(
          "Treeherder sent malformed JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** The items of a list response: a bare array, or the {@code results} of an envelope. */
  static Iterable<JsonNode> items(JsonNode root) {
    if (root.isArray()) {
      return root.values();
    }
    JsonNode results = JsonFields.field(root, "results");
    if (results != null && results.isArray()) {
      return results.values();
    }
    throw new PayloadException(
        "Treeherder sent neither a list nor a page of results: " + JsonFields.abbreviate(root));
  }

  static Long count(JsonNode root) {
    Long count = JsonFields.longOrNull(root, "count");
    return count != null ? count : JsonFields.longOrNull(JsonFields.field(root, "meta"), "count");
  }
}
