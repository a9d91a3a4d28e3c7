package dev.perfsheriff.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A Mercurial/Git changeset id, 12 to 40 hex digits, kept in lower case. */
public record Revision(String hash) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{12,40}");

  public Revision {
    hash = hash == null ? null : hash.trim().toLowerCase(Locale.ROOT);
    if (hash == null || !HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException("not a revision (12 to 40 hex digits): " + hash);
    }
  }

  public static Revision of(String hash) {
    return new Revision(hash);
  }

  /** The 12-digit form people read and Treeherder links accept. */
  public String shortForm() {
    return hash.substring(0, 12);
  }

  /** True when both name the same changeset, one possibly abbreviated. */
  public boolean sameAs(Revision other) {
    return hash.startsWith(other.hash) || other.hash.startsWith(hash);
  }

  @Override
  public String toString() {
    return shortForm();
  }
}
