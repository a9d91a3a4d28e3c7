package dev.perfsheriff.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the notes readable: when they grow past a size, the oldest bot workflow lines without a
 * human note ({@code [perf-sheriff-bot] … state=…}, no {@code | text}) are folded into one count
 * line, until the notes fit or no such line is left. Human lines — web-UI lines, mirrored thread
 * messages, workflow lines carrying someone's note — are never folded; the journal keeps every
 * folded line anyway.
 */
final class SizeGuard {

  private static final Pattern FOLD =
      Pattern.compile("^\\[perf-sheriff-bot\\] (\\d+) earlier workflow lines folded.*$");

  /** The notes after folding, and how many lines were folded now. */
  record Folded(String notes, int folded) {}

  private SizeGuard() {}

  static Folded fold(String notes, int maxSize, long summaryId) {
    if (notes.length() <= maxSize) {
      return new Folded(notes, 0);
    }
    List<String> lines = new ArrayList<>(List.of(notes.split("\n", -1)));
    int previous = 0;
    int foldAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FOLD.matcher(lines.get(i));
      if (m.matches()) {
        previous = Integer.parseInt(m.group(1));
        foldAt = i;
        lines.remove(i);
        break;
      }
    }
    int folded = 0;
    int size = String.join("\n", lines).length();
    // The count line takes room too: fold until the notes fit with it.
    for (int i = 0;
        i < lines.size()
            && size + 1 + foldLine(previous + folded + 1, summaryId).length() > maxSize; ) {
      if (foldable(lines.get(i))) {
        size -= lines.get(i).length() + 1;
        foldAt = foldAt < 0 ? i : Math.min(foldAt, i);
        lines.remove(i);
        folded++;
      } else {
        i++;
      }
    }
    if (folded == 0 && previous == 0) {
      return new Folded(notes, 0);
    }
    lines.add(Math.max(0, Math.min(foldAt, lines.size())), foldLine(previous + folded, summaryId));
    return new Folded(String.join("\n", lines), folded);
  }

  private static String foldLine(int count, long summaryId) {
    return NotesLineFormat.WORKFLOW_PREFIX
        + " "
        + count
        + " earlier workflow lines folded (all of them: history "
        + summaryId
        + " in chat)";
  }

  private static boolean foldable(String line) {
    return line.startsWith(NotesLineFormat.WORKFLOW_PREFIX)
        && !line.contains(" | ")
        && !FOLD.matcher(line).matches();
  }
}
