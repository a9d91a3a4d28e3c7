package dev.perfsheriff.taskcluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.taskcluster.execution.StepOutcome.Status;
import dev.perfsheriff.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without credentials: the whole plan is resolved, reserved as dry-run and shown; nothing is sent.
 */
class DryRunIT extends IntegrationTest {

  private static final TaskclusterFake fake = TaskclusterFake.SHARED;

  @Autowired PlanExecutor executor;

  private final FixturePlan fixture = new FixturePlan();

  @DynamicPropertySource
  static void withoutCredentials(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.taskcluster.root-url", fake::rootUrl);
  }

  @BeforeEach
  void cleanSlate() {
    truncateAll();
    fake.reset();
    fixture.stub(fake);
  }

  @Test
  void showsTheExactCallsReservesDryRunAndSendsNothing() {
    ExecutionReport report =
        executor.execute(fixture.plan(), Actor.bot(), "dry-1", ExecutionListener.NONE);

    assertThat(executor.dryRun()).isTrue();
    assertThat(report.dryRun()).isTrue();
    assertThat(report.steps()).extracting(StepOutcome::status).containsOnly(Status.DRY_RUN);
    assertThat(report.steps())
        .allSatisfy(
            s ->
                assertThat(s.call().describe())
                    .startsWith("POST " + fake.rootUrl() + TaskclusterFake.HOOK_PATH));
    assertThat(report.steps().get(0).call().body()).contains("\"requests\":[{\"tasks\":[");
    assertThat(report.summary()).startsWith("dry-run: ");
    assertThat(fake.triggers()).isEmpty();
    assertThat(
            jdbc.sql("SELECT coalesce(sum(used), 0) FROM ledger_bucket")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM ledger_reservation WHERE dry_run")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM taskcluster_trigger WHERE state = 'dry_run' AND dry_run AND request_body IS NOT NULL")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void aDryRunCanBeRepeatedAndShowsTheCallsAgain() {
    executor.execute(fixture.plan(), Actor.bot(), "dry-2", ExecutionListener.NONE);

    ExecutionReport again =
        executor.execute(fixture.plan(), Actor.bot(), "dry-2", ExecutionListener.NONE);

    assertThat(again.steps()).extracting(StepOutcome::status).containsOnly(Status.DRY_RUN);
    assertThat(again.steps()).allSatisfy(s -> assertThat(s.call()).isNotNull());
    assertThat(fake.triggers()).isEmpty();
  }
}
