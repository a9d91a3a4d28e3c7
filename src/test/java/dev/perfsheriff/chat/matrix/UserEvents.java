package dev.perfsheriff.chat.matrix;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Event contents as Matrix clients (Element) send them, for scripting the fake homeserver. */
final class UserEvents {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private UserEvents() {}

  static ObjectNode text(String body) {
    ObjectNode content = JSON.createObjectNode();
    content.put("msgtype", "m.text");
    content.put("body", body);
    return content;
  }

  static ObjectNode inThread(String root, String body) {
    ObjectNode content = text(body);
    ObjectNode relation = content.putObject("m.relates_to");
    relation.put("rel_type", "m.thread");
    relation.put("event_id", root);
    relation.put("is_falling_back", true);
    relation.putObject("m.in_reply_to").put("event_id", root);
    return content;
  }

  static ObjectNode reaction(String target, String key) {
    ObjectNode content = JSON.createObjectNode();
    ObjectNode relation = content.putObject("m.relates_to");
    relation.put("rel_type", "m.annotation");
    relation.put("event_id", target);
    relation.put("key", key);
    return content;
  }

  static ObjectNode edit(String original, String body) {
    ObjectNode content = text("* " + body);
    content.set("m.new_content", text(body));
    ObjectNode relation = content.putObject("m.relates_to");
    relation.put("rel_type", "m.replace");
    relation.put("event_id", original);
    return content;
  }

  static ObjectNode redaction(String target) {
    ObjectNode content = JSON.createObjectNode();
    content.put("redacts", target);
    return content;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
