package dev.perfsheriff.rounds;

import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.taskcluster.execution.ExecutionReport;
import dev.perfsheriff.taskcluster.execution.StepOutcome;
import dev.perfsheriff.taskcluster.execution.StepOutcome.Status;
import dev.perfsheriff.taskcluster.execution.TriggerStep;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.Summaries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol's "at least half of the picked alerts had their jobs requested". */
class RoundTallyTest {

  private static final List<AlertId> PICKS =
      List.of(AlertId.of(1), AlertId.of(2), AlertId.of(3), AlertId.of(4));

  /** One step per alert 1..4 with the given statuses; alert 4 shares alert 3's second step. */
  private static ExecutionReport report(Status... statuses) {
    List<StepOutcome> steps = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      long alert = Math.min(i + 1, 4);
      PlannedJob job =
          new PlannedJob(
              AlertId.of(alert),
              Repository.of("autoland"),
              rev(i),
              Summaries.signature(alert, "tp5o", "", "linux64"),
              JobKind.RETRIGGER,
              2,
              "task-" + i);
      steps.add(
          new StepOutcome(
              new TriggerStep(JobKind.RETRIGGER, Repository.of("autoland"), 2, List.of(job)),
              statuses[i],
              null,
              2,
              null,
              null,
              statuses[i] == Status.FAILED ? "could not trigger step " + i + ": 500" : ""));
    }
    return new ExecutionReport("key", false, 2 * statuses.length, steps);
  }

  @Test
  void halfThePickedAlertsWithTheirJobsRequestedIsEnough() {
    RoundTally tally =
        RoundTally.of(
            PICKS,
            report(Status.REQUESTED, Status.ALREADY_REQUESTED, Status.FAILED, Status.FAILED),
            0.5);
    assertThat(tally.counts()).isTrue();
    assertThat(tally.requested()).isEqualTo(2);
    assertThat(tally.problems())
        .containsExactly("could not trigger step 2: 500", "could not trigger step 3: 500");
  }

  @Test
  void lessThanHalfIsNotAndSaysTheNumbers() {
    RoundTally tally =
        RoundTally.of(
            PICKS,
            report(Status.UNCERTAIN, Status.REFUSED_BY_QUOTA, Status.FAILED, Status.FAILED),
            0.5);
    assertThat(tally.counts()).isFalse();
    assertThat(tally.shortfall())
        .startsWith("1 picked alert(s) had their jobs requested; the round counts from 2");
  }

  @Test
  void picksThePlanAsksNothingForAreNotCounted() {
    RoundTally tally = RoundTally.of(PICKS, report(Status.DRY_RUN, Status.FAILED), 0.5);
    assertThat(tally.needed()).isEqualTo(1);
    assertThat(tally.counts()).isTrue();
  }
}
