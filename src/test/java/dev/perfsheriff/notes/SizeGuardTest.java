package dev.perfsheriff.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size guard folds old bot workflow lines, never a human's line. */
class SizeGuardTest {

  private static String workflow(int i) {
    return "[perf-sheriff-bot] summary=9 state=confirming round=1 by=slack:U1 at=2026-11-2"
        + (i % 10)
        + "T10:00:00Z";
  }

  @Test
  void notesWithinTheSizeAreLeftAlone() {
    String notes = workflow(1) + "\nhuman";
    assertThat(SizeGuard.fold(notes, 1000, 9)).isEqualTo(new SizeGuard.Folded(notes, 0));
  }

  @Test
  void theOldestWorkflowLinesAreFoldedIntoACountUntilTheNotesFit() {
    List<String> lines = new ArrayList<>();
    lines.add("web: looks bimodal");
    for (int i = 0; i < 30; i++) {
      lines.add(workflow(i));
    }
    lines.add("[perf-sheriff-bot] summary=9 state=dataready by=slack:U1 at=x | noisy on windows");
    lines.add("[2026-11-23 14:05Z] alice (slack): retriggered ⟨slack:1.2⟩");
    String notes = String.join("\n", lines);

    SizeGuard.Folded folded = SizeGuard.fold(notes, 1200, 9);

    assertThat(folded.notes().length()).isLessThanOrEqualTo(1200);
    assertThat(folded.folded()).isPositive();
    assertThat(folded.notes())
        .startsWith("web: looks bimodal\n[perf-sheriff-bot] " + folded.folded() + " earlier")
        .contains("| noisy on windows", "alice (slack): retriggered ⟨slack:1.2⟩", workflow(29));

    SizeGuard.Folded again = SizeGuard.fold(folded.notes() + "\n" + "y".repeat(300), 1200, 9);
    assertThat(again.notes())
        .contains("[perf-sheriff-bot] " + (folded.folded() + again.folded()) + " earlier");
  }

  @Test
  void humanLinesAreNeverFoldedEvenWhenTheNotesStayTooLong() {
    String notes = "h".repeat(2000) + "\n" + "web line";
    assertThat(SizeGuard.fold(notes, 1000, 9)).isEqualTo(new SizeGuard.Folded(notes, 0));
  }
}
