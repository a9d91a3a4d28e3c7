package dev.perfsheriff.shared;

/**
 * A configuration value that cannot work. Thrown while the module's properties record is built, so
 * the bot refuses to start; the message always names the full key (e.g. {@code
 * perfsheriff.quota.jobs-per-platform-per-shift}) and fits on one line.
 */
public class InvalidConfigException extends IllegalArgumentException {

  private final String key;

  public InvalidConfigException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Fails with a message naming {@code key} unless {@code condition} holds. */
  public static void require(boolean condition, String key, String problem) {
    if (!condition) {
      throw new InvalidConfigException(key, problem);
    }
  }
}
