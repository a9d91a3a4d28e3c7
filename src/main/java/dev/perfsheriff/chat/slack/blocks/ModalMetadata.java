package dev.perfsheriff.chat.slack.blocks;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A modal's private metadata as {@code ;}-separated fields (an absent field is empty): Slack hands
 * it back untouched with the submission, so each modal carries its summary and card there instead
 * of in a server-side session.
 */
final class ModalMetadata {

  private ModalMetadata() {}

  static String encode(Object... fields) {
    return Arrays.stream(fields)
        .map(field -> field == null ? "" : field.toString())
        .collect(Collectors.joining(";"));
  }

  /**
   * The {@code count} fields, an empty one as {@code null}; other shapes are not {@code modal}'s.
   */
  static List<String> decode(String metadata, int count, String modal) {
    String[] fields = metadata == null ? new String[0] : metadata.split(";", -1);
    if (fields.length != count) {
      throw new IllegalArgumentException("not a " + modal + " modal: " + metadata);
    }
    return Arrays.stream(fields).map(field -> field.isEmpty() ? null : field).toList();
  }
}
