package dev.perfsheriff.perfherder.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges summary notes line by line. Perfherder keeps no history of notes and every save replaces
 * the text, so the bot never writes its own version blindly: it starts from what Perfherder holds
 * right now ("theirs"), removes only lines the bot itself removed from the version it started from
 * ("base"), and adds the lines the bot added. A line someone added in the web UI meanwhile is
 * therefore always kept.
 */
public final class NotesMerge {

  private NotesMerge() {}

  /** Adds {@code line} at the end of {@code current}, unless it is already one of its lines. */
  public static String appendLine(String current, String line) {
    return merge(current, joinLines(lines(current), lines(line)), current);
  }

  /** Three-way merge of notes by lines; see the class comment. */
  public static String merge(String base, String ours, String theirs) {
    List<String> baseLines = lines(base);
    List<String> ourLines = lines(ours);
    Map<String, Integer> removedByUs = difference(baseLines, ourLines);
    Map<String, Integer> addedByUs = difference(ourLines, baseLines);

    List<String> result = new ArrayList<>();
    for (String line : lines(theirs)) {
      if (removedByUs.getOrDefault(line, 0) > 0) {
        removedByUs.merge(line, -1, Integer::sum);
      } else {
        result.add(line);
      }
    }
    Map<String, Integer> present = counts(result);
    for (String line : ourLines) {
      if (addedByUs.getOrDefault(line, 0) > 0) {
        addedByUs.merge(line, -1, Integer::sum);
        if (present.getOrDefault(line, 0) > 0) {
          present.merge(line, -1, Integer::sum);
        } else {
          result.add(line);
        }
      }
    }
    return String.join("\n", result);
  }

  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return lines;
    }
    for (String line : text.split("\r?\n", -1)) {
      lines.add(line);
    }
    // A trailing newline is formatting, not an empty line someone wrote.
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static String joinLines(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return String.join("\n", all);
  }

  /** Occurrences of each line in {@code from} beyond those in {@code minus}. */
  private static Map<String, Integer> difference(List<String> from, List<String> minus) {
    Map<String, Integer> counts = counts(from);
    minus.forEach(line -> counts.computeIfPresent(line, (l, n) -> n - 1));
    counts.values().removeIf(n -> n <= 0);
    return counts;
  }

  private static Map<String, Integer> counts(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(line -> counts.merge(line, 1, Integer::sum));
    return counts;
  }
}
