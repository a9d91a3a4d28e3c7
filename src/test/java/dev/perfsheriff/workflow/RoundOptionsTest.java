package dev.perfsheriff.workflow;

import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.RetriggerPlanner;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.TestNumbers;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A perf sheriff's round options, applied to the planner and to the automatic workflow case. */
class RoundOptionsTest {

  private final ProtocolNumbers numbers = TestNumbers.defaults();
  private final Alert tp5o = alert(11, "tp5o", "", "linux64", true, 5, 9, "OK");
  private final AlertSummary summary = Summaries.summary(1).revision(rev(10)).alerts(tp5o).build();

  private static RoundOptions options(int revisions, int points) {
    return new RoundOptions(
        revisions == 0 ? OptionalInt.empty() : OptionalInt.of(revisions),
        points == 0 ? OptionalInt.empty() : OptionalInt.of(points),
        List.of());
  }

  @Test
  void moreRevisionsAndMorePointsWidenTheWindowAndRaiseTheTarget() {
    FakeRevisionData data = new FakeRevisionData();
    data.history("autoland", rev(6), rev(7), rev(8), rev(9), rev(10), rev(11), rev(12), rev(13));
    for (int r = 6; r <= 13; r++) {
      data.points("autoland", 11, rev(r), 4);
    }

    RetriggerPlan defaults =
        new RetriggerPlanner(RoundOptions.DEFAULT.applyTo(numbers), data)
            .plan(summary, List.of(tp5o), 2);
    RetriggerPlan more =
        new RetriggerPlanner(options(3, 6).applyTo(numbers), data).plan(summary, List.of(tp5o), 2);

    assertThat(defaults.isEmpty()).isTrue();
    assertThat(more.jobs())
        .extracting(PlannedJob::revision)
        .containsExactly(rev(7), rev(8), rev(9), rev(10), rev(11), rev(12), rev(13));
    assertThat(more.jobs()).allMatch(j -> j.count() == 2);
  }

  @Test
  void askingForMoreRecordsWhyRoundOneWasNotEnough() {
    assertThat(RoundOptions.DEFAULT.casesFor(numbers)).isEmpty();
    assertThat(options(0, 6).casesFor(numbers)).containsExactly(CaseBucket.MORE_RETRIGGERS_NEEDED);
    assertThat(options(3, 0).casesFor(numbers)).containsExactly(CaseBucket.MORE_REVISIONS_NEEDED);
    assertThat(options(2, 4).casesFor(numbers)).isEmpty();
    assertThat(
            new RoundOptions(OptionalInt.of(3), OptionalInt.of(6), List.of(AlertId.of(11)))
                .describe())
        .isEqualTo("±3 revisions, 6 points per revision, alerts [11]");
  }
}
