package dev.perfsheriff.chat.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.message.Block;
import dev.perfsheriff.chat.message.Inline;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The handoff ping names the perf sheriff on duty, who handed off, and the note. */
class HandoffPingTest {

  private final HandoffPing ping = new HandoffPing(ChatFixtures.rotation(), ChatFixtures.LINKS);

  @Test
  void mentionsTheSheriffOnDutyWithTheCodeSheriffsNote() {
    HandoffPing.Ping handoff =
        ping.compose(
            SummaryId.of(29340), ChatFixtures.ALICE, "noisy on windows ", ChatFixtures.MONDAY_NOON);

    assertThat(handoff.sheriff())
        .hasValueSatisfying(bob -> assertThat(bob.name()).isEqualTo("bob"));
    assertThat(handoff.message().plainText())
        .isEqualTo(
            "@bob: summary 29340 <https://treeherder.test/perfherder/alerts?id=29340> was handed"
                + " off by Alice (console:alice) to you.\nNote: noisy on windows");
    Block.Paragraph first = (Block.Paragraph) handoff.message().blocks().get(0);
    assertThat(first.inlines().get(0)).isInstanceOf(Inline.Mention.class);
    assertThat(((Inline.Mention) first.inlines().get(0)).person().idOn("matrix"))
        .contains("@bob:mozilla.org");
  }

  @Test
  void withNobodyOnDutyTheSummaryWaitsInTheQueue() {
    HandoffPing.Ping handoff =
        ping.compose(
            SummaryId.of(29340), ChatFixtures.ALICE, "", Instant.parse("2026-11-23T20:00:00Z"));

    assertThat(handoff.sheriff()).isEmpty();
    assertThat(handoff.message().plainText())
        .startsWith("Nobody is on duty as perf sheriff right now; summary 29340")
        .endsWith("and waits in the perf sheriffs' queue.");
  }
}
