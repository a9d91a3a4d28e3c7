package dev.perfsheriff.taskcluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Grouping a plan into hook calls. */
class StepPlannerTest {

  private final FixturePlan fixture = new FixturePlan();

  @Test
  void retriggersShareACallPerRevisionAndBackfillsPerSourceTask() {
    List<TriggerStep> steps = StepPlanner.steps(fixture.plan());

    assertThat(steps)
        .extracting(TriggerStep::kind)
        .containsExactly(JobKind.RETRIGGER, JobKind.RETRIGGER, JobKind.BACKFILL);
    assertThat(steps).extracting(s -> s.jobs().size()).containsExactly(2, 1, 1);
    assertThat(steps).extracting(TriggerStep::plannedJobs).containsExactly(6, 3, 8);
    assertThat(steps.get(0).describe()).isEqualTo("retrigger ×3 at 03f3e71928f5 (2 jobs)");
  }

  @Test
  void everyJobLandsInExactlyOneStepAndKeysAreStable() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 100; round++) {
      List<PlannedJob> jobs = new ArrayList<>(fixture.plan().jobs());
      Collections.shuffle(jobs, random);
      jobs = jobs.subList(0, 1 + random.nextInt(jobs.size()));
      RetriggerPlan plan = new RetriggerPlan(fixture.plan().summary(), 1, jobs, List.of());

      List<TriggerStep> steps = StepPlanner.steps(plan);
      List<TriggerStep> again = StepPlanner.steps(plan);

      assertThat(steps.stream().mapToInt(TriggerStep::plannedJobs).sum())
          .as("seed %d", seed)
          .isEqualTo(plan.totalJobs());
      assertThat(steps.stream().flatMap(s -> s.jobs().stream()))
          .as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(jobs);
      assertThat(steps)
          .extracting(TriggerStep::key)
          .as("seed %d", seed)
          .doesNotHaveDuplicates()
          .containsExactlyElementsOf(again.stream().map(TriggerStep::key).toList());
    }
  }
}
