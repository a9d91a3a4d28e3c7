package dev.perfsheriff.chat.command;

import java.util.regex.Pattern;

/** A Taskcluster task id: a 22-character slugid, e.g. {@code fUAKaIdkSF6K1NlOgx7-LA}. */
public record TaskId(String value) {

  private static final Pattern SLUGID = Pattern.compile("[A-Za-z0-9_-]{22}");

  public TaskId {
    if (value == null || !SLUGID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a task id (22 letters, digits, - or _): " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
