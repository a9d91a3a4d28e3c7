package dev.perfsheriff.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.port.RecordingChatPlatform.Sent;
import dev.perfsheriff.schedule.bugs.BugWatch;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bug watch with a test clock: the protocol's goal is a bug within 24 h of the summary's
 * creation (PROTOCOL.md); the bot pings at 20 h and 24 h (configurable). Rotation: pat on the night
 * (00–08 UTC) and evening (16–24) shifts, quinn on the day shift (08–16).
 */
class BugWatchIT extends ScheduleIntegrationTest {

  static final Instant CREATED = Instant.parse("2026-03-09T10:00:00Z");

  @Autowired BugWatch watch;

  @Test
  void pingsThePerfSheriffOnDutyAt20HoursAndAgainAt24HoursNamingTheNextShiftOnceEach() {
    summaryTracked(101, CREATED, "CONFIRMING", true, null);
    cardPosted(101, "slack");
    cardPosted(101, "matrix");

    clock.set(CREATED.plus(Duration.ofHours(20)).minusSeconds(1));
    assertThat(watch.check()).isZero();

    clock.set(CREATED.plus(Duration.ofHours(20)));
    assertThat(watch.check()).isEqualTo(2);
    clock.set(CREATED.plus(Duration.ofHours(20)).plusSeconds(600));
    assertThat(watch.check()).isZero();

    Sent first = slackThreads.sent.get(0);
    assertThat(first.kind()).isEqualTo("ping UPAT");
    assertThat(first.where().messageId()).isEqualTo("card-101");
    assertThat(first.text())
        .contains("Summary 101 is a regression without a bug 20 h after it was created")
        .contains("goal: a bug within 24 h");
    assertThat(matrixThreads.sent.get(0).kind()).isEqualTo("ping @pat:mozilla.org");

    clock.set(CREATED.plus(Duration.ofHours(24)));
    assertThat(watch.check()).isEqualTo(2);
    clock.set(CREATED.plus(Duration.ofHours(30)));
    assertThat(watch.check()).isZero();

    assertThat(slackThreads.sent).hasSize(2);
    Sent second = slackThreads.sent.get(1);
    assertThat(second.kind()).isEqualTo("ping UQUINN");
    assertThat(second.text())
        .contains("without a bug 24 h after it was created")
        .contains("The next shift's perf sheriff is pat (from Tue 16:00 UTC).");
    assertThat(matrixThreads.sent).hasSize(2);
  }

  @Test
  void quietForClosedSummariesImprovementsAndSummariesWithABug() {
    summaryTracked(201, CREATED, "FIXED", true, null);
    summaryTracked(202, CREATED, "DOWNSTREAM", true, null);
    summaryTracked(203, CREATED, "NEEDS_BUG", false, null);
    summaryTracked(204, CREATED, "NEEDS_BUG", true, 1900001L);
    for (long summary = 201; summary <= 204; summary++) {
      cardPosted(summary, "slack");
    }

    clock.set(CREATED.plus(Duration.ofHours(25)));

    assertThat(watch.check()).isZero();
    assertThat(slackThreads.sent).isEmpty();
  }

  @Test
  void aSummaryAlreadyPastBothThresholdsGetsOnlyTheSecondPing() {
    summaryTracked(301, CREATED, "NEEDS_BUG", true, null);
    cardPosted(301, "slack");

    clock.set(CREATED.plus(Duration.ofHours(26)));
    assertThat(watch.check()).isOne();
    clock.set(CREATED.plus(Duration.ofHours(27)));
    assertThat(watch.check()).isZero();

    assertThat(slackThreads.sent).singleElement();
    assertThat(slackThreads.sent.get(0).text()).contains("24 h after");
    assertThat(matrixThreads.sent).isEmpty();
  }
}
