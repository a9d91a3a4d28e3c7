package dev.perfsheriff.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The text rules of the mirror: the tagged line format, markup to plain text (Slack's mrkdwn as
 * documented in "Formatting text for app surfaces": {@code <@U…>}, {@code <url|label>}, {@code
 * <!here>}, {@code *bold*}, entities), cutting, and which lines are the bot's.
 */
class NotesTextTest {

  private static final Instant AT = Instant.parse("2026-11-23T14:05:31Z");

  @Test
  void aThreadMessageLineCarriesTimeAuthorPlatformTextAndTag() {
    String line =
        NotesLineFormat.format(
            AT,
            "alice",
            new NotesLineFormat.Tag("slack", "1732370700.123"),
            "more retriggers needed on windows");
    assertThat(line)
        .isEqualTo(
            "[2026-11-23 14:05Z] alice (slack): more retriggers needed on windows"
                + " ⟨slack:1732370700.123⟩");
    assertThat(NotesLineFormat.tagOf(line))
        .contains(new NotesLineFormat.Tag("slack", "1732370700.123"));
    assertThat(NotesLineFormat.isBots(line)).isTrue();
  }

  @Test
  void workflowLinesAreTheBotsAndWebLinesAreNot() {
    assertThat(NotesLineFormat.isBots("[perf-sheriff-bot] summary=1 state=dataready")).isTrue();
    assertThat(NotesLineFormat.isBots("bisection needed ⟨not a tag⟩ really")).isFalse();
    assertThat(NotesLineFormat.isBots("looks like infra to me")).isFalse();
    assertThat(WebLines.webLines("[perf-sheriff-bot] x\n\n  web one  \nx (slack): y ⟨slack:1.2⟩"))
        .containsExactly("web one");
  }

  @Test
  void slackMarkupBecomesPlainTextOnOneLine() {
    assertThat(
            PlainText.of(
                "*bold* and _it_ ~gone~ `code` <@U123> <!here> <https://x.test/a|the graph>"
                    + " <https://y.test> &lt;tag&gt; &amp;\nsecond line"))
        .isEqualTo(
            "bold and it gone code @U123 @here the graph (https://x.test/a) https://y.test"
                + " <tag> & second line");
    assertThat(PlainText.of("a ⟨slack:1.2⟩ spoof")).isEqualTo("a (slack:1.2) spoof");
    assertThat(PlainText.of("2*3*4 stays, snake_case_name stays"))
        .isEqualTo("2*3*4 stays, snake_case_name stays");
  }

  @Test
  void anOverlongTextIsCutWithAMarkerThatSaysWhereTheWholeMessageIs() {
    String text = "x".repeat(1000);
    String cut = PlainText.cut(text, 200, "https://matrix.to/#/!r/$e");
    assertThat(cut).hasSize(200).endsWith(" … [cut; the whole message: https://matrix.to/#/!r/$e]");
    assertThat(PlainText.cut("short", 200, "there")).isEqualTo("short");
  }

  @Test
  void writingALineReplacesItsTaggedCopyOrAppendsItAndRemovingDropsOnlyIt() {
    JournalStore.Line line =
        new JournalStore.Line(1, 7, "slack", "1.2", "alice", "slack:U1", "new text", AT, false);
    String notes = "web line\n[2026-11-23 14:05Z] alice (slack): old text ⟨slack:1.2⟩\nlater";
    assertThat(Deliverer.withLine(notes, line))
        .isEqualTo("web line\n[2026-11-23 14:05Z] alice (slack): new text ⟨slack:1.2⟩\nlater");
    assertThat(Deliverer.withLine("web line\n", line))
        .isEqualTo("web line\n[2026-11-23 14:05Z] alice (slack): new text ⟨slack:1.2⟩");
    JournalStore.Line removed =
        new JournalStore.Line(1, 7, "slack", "1.2", "alice", "slack:U1", "new text", AT, true);
    assertThat(Deliverer.withLine(notes, removed)).isEqualTo("web line\nlater");
    assertThat(Deliverer.withLine(Deliverer.withLine("", line), line))
        .isEqualTo(Deliverer.withLine("", line));
  }
}
