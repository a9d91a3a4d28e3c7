package dev.perfsheriff.chat.port;

/**
 * Where a message lives on a platform, as the adapter needs it to edit it or reply in its thread
 * (e.g. channel id and {@code ts}; room id and event id; console conversation and sequence number).
 * The core stores and passes it, never looks inside.
 */
public record MessageRef(String platform, String conversation, String messageId) {

  public MessageRef {
    if (isBlank(platform) || isBlank(conversation) || isBlank(messageId)) {
      throw new IllegalArgumentException("a message reference needs platform, place and id");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
