package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The card's due lines: the 24 h bug goal from creation, and Perfherder's own due dates. */
class DueDatesTest {

  private static final Duration GOAL = Duration.ofHours(24);
  private final AlertSummary regression =
      Summaries.summary(7)
          .created(T0)
          .alerts(alert(1, "tp5o", "", "linux64", true, 5, 9, "OK"))
          .build();
  private final WorkflowRecord record = WorkflowRecord.appeared(regression, T0);

  @Test
  void beforeTheGoalItSaysHowMuchIsLeftAndAfterItHowFarPast() {
    assertThat(DueDates.lines(regression, record, T0.plus(Duration.ofHours(19)), GOAL))
        .containsExactly("no bug yet: 5 h left of the 24 h goal");
    assertThat(DueDates.lines(regression, record, T0.plus(Duration.ofHours(27)), GOAL))
        .containsExactly("no bug yet: 3 h past the 24 h goal");
    assertThat(DueDates.lines(regression, record, T0.plus(Duration.ofMinutes(1410)), GOAL))
        .containsExactly("no bug yet: 30 min left of the 24 h goal");
  }

  @Test
  void aLinkedBugShowsHowLongItTook() {
    WorkflowRecord linked = record.withBug(1900001, T0.plus(Duration.ofHours(30)));

    assertThat(DueDates.lines(regression, linked, T0.plus(Duration.ofHours(40)), GOAL))
        .containsExactly("bug 1900001 linked after 30 h, beyond the 24 h goal");
  }

  @Test
  void perfherdersDueDatesAreShownWhenTheApiGaveThem() {
    AlertSummary withDates =
        new AlertSummary(
            regression.id(),
            regression.repository(),
            regression.frameworkId(),
            regression.framework(),
            regression.pushId(),
            regression.prevPushId(),
            regression.revision(),
            regression.prevRevision(),
            regression.pushTime(),
            regression.created(),
            regression.status(),
            regression.alerts(),
            regression.relatedAlerts(),
            regression.notes(),
            null,
            null,
            regression.tags(),
            Instant.parse("2026-11-24T10:00:00Z"),
            Instant.parse("2026-11-26T10:00:00Z"));

    assertThat(DueDates.lines(withDates, record, T0.plus(Duration.ofHours(1)), GOAL))
        .containsExactly(
            "no bug yet: 23 h left of the 24 h goal",
            "Perfherder: triage due Tue 24 Nov 10:00 UTC, bug due Thu 26 Nov 10:00 UTC");
  }

  @Test
  void closedSummariesAndImprovementsAreDueNothing() {
    assertThat(DueDates.lines(regression, record.withState(WorkflowState.WONTFIX), T0, GOAL))
        .isEmpty();
    AlertSummary improvement =
        Summaries.summary(8).alerts(alert(2, "tp5o", "", "linux64", false, 5, 4, "OK")).build();
    assertThat(DueDates.lines(improvement, WorkflowRecord.appeared(improvement, T0), T0, GOAL))
        .isEmpty();
  }
}
