package dev.perfsheriff.perfherder.api;

import java.util.List;

/**
 * One page of a Treeherder list. {@code count} is the total over all pages when Treeherder sent it
 * (the cursor-paged alert list does not); {@code next} is the next page's URL, or null at the end.
 */
public record Page<T>(Long count, String next, List<T> results) {

  public Page {
    results = List.copyOf(results);
  }

  public boolean hasNext() {
    return next != null && !next.isBlank();
  }
}
