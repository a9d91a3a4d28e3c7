package dev.perfsheriff.workflow.domain;

import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetriggerPlannerTest {

  private final ProtocolNumbers numbers = TestNumbers.defaults();
  private final Alert tp5o = alert(11, "tp5o", "", "linux64", true, 5, 9, "OK");
  private final AlertSummary summary = Summaries.summary(1).revision(rev(10)).alerts(tp5o).build();
  private final FakeRevisionData data =
      new FakeRevisionData()
          .history("autoland", rev(6), rev(7), rev(8), rev(9), rev(10), rev(11), rev(12), rev(13));

  private static String job(PlannedJob job) {
    return job.revision().hash().substring(9)
        + " "
        + job.kind()
        + " x"
        + job.count()
        + " from "
        + job.taskId()
        + (job.depth() > 0 ? " depth " + job.depth() : "");
  }

  @Test
  void reachesFourPointsOnTheRevisionAndTwoEitherSideCountingWhatExists() {
    data.points("autoland", 11, rev(8), 1)
        .points("autoland", 11, rev(9), 4)
        .points("autoland", 11, rev(10), 2)
        .points("autoland", 11, rev(12), 3);
    RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(summary, List.of(tp5o), 1);
    assertThat(plan.jobs())
        .extracting(RetriggerPlannerTest::job)
        .containsExactly(
            "008 RETRIGGER x3 from task-11-abc000000008-0",
            "00a RETRIGGER x2 from task-11-abc00000000a-0",
            "00b BACKFILL x4 from task-11-abc00000000c-0 depth 1",
            "00c RETRIGGER x1 from task-11-abc00000000c-0");
    assertThat(plan.notes())
        .containsExactly("alert 11: abc000000009 on autoland already has 4 points.");
    assertThat(plan.jobsPerMachinePlatform()).isEqualTo(Map.of("linux64", 10));
    assertThat(plan.round()).isEqualTo(1);
    assertThat(plan.summary()).isEqualTo(SummaryId.of(1));
  }

  @Test
  void backfillsAtMostTheConfiguredNumberOfRevisions() {
    ProtocolNumbers one =
        TestNumbers.properties(Map.of("perfsheriff.workflow.max-backfills", "1")).numbers();
    data.points("autoland", 11, rev(10), 1);
    RetriggerPlan plan = new RetriggerPlanner(one, data).plan(summary, List.of(tp5o), 1);
    assertThat(plan.jobs()).filteredOn(j -> j.kind() == JobKind.BACKFILL).hasSize(1);
    assertThat(plan.notes())
        .contains("alert 11: abc00000000b never ran, but 1 backfills is the limit.");
  }

  @Test
  void alertsOfTheSameJobShareTheirRetriggers() {
    Alert subtest =
        new Alert(
            AlertId.of(12),
            SummaryId.of(1),
            AlertStatus.UNTRIAGED,
            Summaries.signature(12, "tp5o", "responsiveness", "linux64"),
            true,
            100,
            105,
            5,
            9.0,
            "OK",
            false,
            null,
            "task-12",
            false);
    for (int r = 8; r <= 12; r++) {
      data.points("autoland", 11, rev(r), 1).points("autoland", 12, rev(r), 1);
    }
    RetriggerPlan plan =
        new RetriggerPlanner(numbers, data).plan(summary, List.of(tp5o, subtest), 1);
    assertThat(plan.jobs()).hasSize(5).allMatch(j -> j.alert().equals(tp5o.id()) && j.count() == 3);
  }

  @Test
  void unsureDownstreamRetriggersTwiceOnBothBranches() {
    AlertSummary central =
        Summaries.summary(2).repository("mozilla-central").revision(rev(50)).alerts(tp5o).build();
    Alert upstreamAlert = alert(21, "tp5o", "", "linux64", true, 5, 9, "OK");
    AlertSummary autoland = Summaries.summary(3).revision(rev(10)).alerts(upstreamAlert).build();
    data.history("mozilla-central", rev(48), rev(49), rev(50), rev(51), rev(52));
    for (int r = 48; r <= 52; r++) {
      data.points("mozilla-central", 11, rev(r), r == 50 ? 3 : 1);
    }
    for (int r = 8; r <= 12; r++) {
      data.points("autoland", 21, rev(r), 1);
    }
    RetriggerPlan plan =
        new RetriggerPlanner(numbers, data)
            .planUnsureDownstream(central, List.of(tp5o), autoland, 1);
    assertThat(plan.jobs()).hasSize(10);
    assertThat(plan.jobs())
        .filteredOn(j -> j.repository().name().equals("autoland"))
        .allMatch(j -> j.count() == 2 && j.signature().id() == 21);
    assertThat(plan.jobs())
        .filteredOn(j -> j.repository().name().equals("mozilla-central"))
        .extracting(PlannedJob::count)
        .containsExactly(2, 2, 1, 2, 2);
    assertThat(plan.notes().get(0))
        .isEqualTo(
            "unsure whether this is downstream of summary 3 (autoland): 2 retriggers per revision on both branches.");
  }

  /**
   * Every gap pattern of the 5-revision window (each revision ran or not): a revision that never
   * ran is backfilled from the task of the nearest later revision that ran the job, at depth = the
   * distance (Taskcluster's backfill runs on the pushes before its task's push:
   * ../shared/reference/taskcluster-actions.md §1.5), or, when no later revision of the window ran
   * it, scheduled with add-new-jobs on its own push.
   */
  @Test
  void aGapIsBackfilledFromTheNearestLaterPushThatRanTheJobElseAddedNew() {
    List<Revision> window = List.of(rev(8), rev(9), rev(10), rev(11), rev(12));
    for (int ran = 0; ran < 1 << window.size(); ran++) {
      FakeRevisionData gaps =
          new FakeRevisionData()
              .history("autoland", rev(6), rev(7), rev(8), rev(9), rev(10), rev(11), rev(12));
      for (int i = 0; i < window.size(); i++) {
        if ((ran & 1 << i) != 0) {
          gaps.points("autoland", 11, window.get(i), 1);
        }
      }
      RetriggerPlan plan = new RetriggerPlanner(numbers, gaps).plan(summary, List.of(tp5o), 1);
      for (PlannedJob job : plan.jobs()) {
        int at = window.indexOf(job.revision());
        String pattern = "ran at " + Integer.toBinaryString(ran) + ": " + job(job);
        if (job.kind() == JobKind.RETRIGGER) {
          assertThat(ran & 1 << at).as(pattern).isNotZero();
          continue;
        }
        assertThat(ran & 1 << at).as(pattern).isZero();
        int later = at + 1;
        while (later < window.size() && (ran & 1 << later) == 0) {
          later++;
        }
        if (later < window.size()) {
          assertThat(job.kind()).as(pattern).isEqualTo(JobKind.BACKFILL);
          assertThat(job.taskId())
              .as(pattern)
              .isEqualTo("task-11-" + window.get(later).shortForm() + "-0");
          assertThat(job.depth()).as(pattern).isEqualTo(later - at);
        } else {
          assertThat(job.kind()).as(pattern).isEqualTo(JobKind.ADD_NEW);
          assertThat(job.depth()).as(pattern).isZero();
        }
      }
    }
  }

  @Test
  void aBackfillCallIsChargedItsDeepestDepthTimesItsRuns() {
    data.points("autoland", 11, rev(8), 1).points("autoland", 11, rev(11), 1);
    RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(summary, List.of(tp5o), 1);
    assertThat(plan.jobs())
        .extracting(RetriggerPlannerTest::job)
        .containsExactly(
            "008 RETRIGGER x3 from task-11-abc000000008-0",
            "009 BACKFILL x4 from task-11-abc00000000b-0 depth 2",
            "00a BACKFILL x4 from task-11-abc00000000b-0 depth 1",
            "00b RETRIGGER x3 from task-11-abc00000000b-0",
            "00c ADD_NEW x4 from task-11-abc000000008-0");
    // one backfill of depth 2 from rev 11 (2 × 4), two retriggers (3 + 3), one add-new (4)
    assertThat(plan.jobsPerMachinePlatform()).isEqualTo(Map.of("linux64", 18));
    assertThat(plan.totalJobs()).isEqualTo(18);
  }

  @Test
  void whileSherlockBackfillsTheJobOnlyRetriggersArePlanned() {
    data.points("autoland", 11, rev(10), 1);
    for (SherlockBackfill.Status status : SherlockBackfill.Status.values()) {
      Alert alert = Summaries.withSherlock(tp5o, new SherlockBackfill(status, 2, 1, 0, 1));
      RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(summary, List.of(alert), 1);
      boolean sherlocks =
          status == SherlockBackfill.Status.READY_FOR_PROCESSING
              || status == SherlockBackfill.Status.BACKFILLED
              || status == SherlockBackfill.Status.SUCCESSFUL;
      assertThat(plan.jobs())
          .as("%s", status)
          .hasSize(sherlocks ? 1 : 5)
          .filteredOn(j -> j.kind() == JobKind.RETRIGGER)
          .hasSize(1);
      assertThat(plan.notes().stream().filter(n -> n.contains("left to Sherlock")).count())
          .as("%s", status)
          .isEqualTo(sherlocks ? 4 : 0);
    }
  }

  @Test
  void anUnknownRevisionPlansNothingAndSaysSo() {
    AlertSummary elsewhere = Summaries.summary(1).revision(rev(99)).alerts(tp5o).build();
    RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(elsewhere, List.of(tp5o), 1);
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.notes())
        .containsExactly(
            "alert 11: revision abc000000063 is unknown on autoland: nothing planned.");
  }

  @Test
  void theWindowIsClippedAtTheStartOfHistory() {
    AlertSummary early = Summaries.summary(1).revision(rev(7)).alerts(tp5o).build();
    data.points("autoland", 11, rev(7), 1);
    RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(early, List.of(tp5o), 1);
    assertThat(plan.jobs())
        .extracting(j -> j.revision())
        .containsExactly(rev(6), rev(7), rev(8), rev(9));
  }

  @Test
  void nothingIsAPlanWithItsReason() {
    RetriggerPlan plan = RetriggerPlanner.nothing(SummaryId.of(1), 1, "a backout.");
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.notes()).containsExactly("a backout.");
  }
}
