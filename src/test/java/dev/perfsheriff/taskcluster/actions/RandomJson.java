package dev.perfsheriff.taskcluster.actions;

import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Random JSON without JSON-e operators or interpolation, for property-style tests. */
final class RandomJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ALPHABET = "abcxyz-_/. {}0123";

  private RandomJson() {}

  static JsonNode plain(Random random, int depth) {
    int choice = random.nextInt(depth <= 0 ? 4 : 6);
    switch (choice) {
      case 0:
        return NODES.stringNode(text(random));
      case 1:
        return NODES.numberNode(random.nextInt(1000) - 500);
      case 2:
        return NODES.booleanNode(random.nextBoolean());
      case 3:
        return NODES.nullNode();
      case 4:
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(plain(random, depth - 1));
        }
        return array;
      default:
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set("k" + text(random), plain(random, depth - 1));
        }
        return object;
    }
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
