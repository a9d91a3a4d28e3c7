package dev.perfsheriff.perfherder.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The line merge never drops what others wrote and always keeps what the bot added. */
class NotesMergeTest {

  @Test
  void appendingAddsOneLineAndNeverDuplicatesIt() {
    assertThat(NotesMerge.appendLine("", "bot line")).isEqualTo("bot line");
    assertThat(NotesMerge.appendLine(null, "bot line")).isEqualTo("bot line");
    assertThat(NotesMerge.appendLine("a\nb\n", "c")).isEqualTo("a\nb\nc");
    assertThat(NotesMerge.appendLine("a\nc", "c")).isEqualTo("a\nc");
  }

  @Test
  void aLineTheBotRemovedGoesButLinesAddedElsewhereStay() {
    assertThat(NotesMerge.merge("a\nb", "a\nc", "a\nb\nweb")).isEqualTo("a\nweb\nc");
    assertThat(NotesMerge.merge("a\nb", "a\nb", "web only")).isEqualTo("web only");
  }

  static long[] seeds() {
    return new Random(20261123).longs(200).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mergedNotesKeepEveryLineAddedByEitherSide(long seed) {
    Random random = new Random(seed);
    List<String> base = randomLines(random);
    List<String> ours = edit(random, base);
    List<String> theirs = edit(random, base);

    List<String> merged =
        NotesMerge.lines(
            NotesMerge.merge(
                String.join("\n", base), String.join("\n", ours), String.join("\n", theirs)));

    String context = "seed " + seed + ": base=" + base + " ours=" + ours + " theirs=" + theirs;
    assertAtLeast(counts(merged), added(theirs, base), context);
    assertAtLeast(counts(merged), added(ours, base), context);
    for (String removed : added(base, ours).keySet()) {
      if (!added(theirs, base).containsKey(removed)) {
        assertThat(counts(merged).getOrDefault(removed, 0))
            .as(context)
            .isLessThanOrEqualTo(counts(theirs).getOrDefault(removed, 0));
      }
    }
  }

  private static void assertAtLeast(
      Map<String, Integer> merged, Map<String, Integer> expected, String context) {
    expected.forEach(
        (line, count) ->
            assertThat(merged.getOrDefault(line, 0))
                .as(context + " line " + line)
                .isGreaterThanOrEqualTo(count));
  }

  private static List<String> randomLines(Random random) {
    List<String> lines = new ArrayList<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      // A small vocabulary, so both sides sometimes write the same line.
      lines.add("line " + random.nextInt(5));
    }
    return lines;
  }

  private static List<String> edit(Random random, List<String> base) {
    List<String> edited = new ArrayList<>(base);
    edited.removeIf(line -> random.nextInt(3) == 0);
    edited.addAll(random.nextInt(edited.size() + 1), randomLines(random));
    return edited;
  }

  /** Occurrences in {@code lines} beyond those in {@code minus}. */
  private static Map<String, Integer> added(List<String> lines, List<String> minus) {
    Map<String, Integer> counts = counts(lines);
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
