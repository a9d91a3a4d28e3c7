package dev.perfsheriff.shared;

/**
 * Who did something, as the chat platform knows them: the platform's name ({@code slack}, {@code
 * matrix}, {@code console}, or {@code bot} for the bot itself), the platform's user id, and a name
 * to show. Recorded in every audit entry and notes line.
 */
public record Actor(String platform, String userId, String displayName) {

  public Actor {
    if (platform == null || platform.isBlank() || userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("an actor needs a platform and a user id");
    }
    displayName = displayName == null || displayName.isBlank() ? userId : displayName;
  }

  public static Actor bot() {
    return new Actor("bot", "perf-sheriff-bot", "perf-sheriff-bot");
  }

  /** A stable text form, e.g. {@code slack:U123}. */
  public String qualifiedId() {
    return platform + ":" + userId;
  }

  @Override
  public String toString() {
    return displayName + " (" + qualifiedId() + ")";
  }
}
