package dev.perfsheriff.shared;

/** A Treeherder repository by name, e.g. {@code autoland}, {@code mozilla-central}. */
public record Repository(String name) {

  public Repository {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("repository name is required");
    }
    name = name.trim();
  }

  public static Repository of(String name) {
    return new Repository(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
