package dev.perfsheriff.taskcluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.taskcluster.TaskclusterIntegrationTest;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.CherryPickAdvisor;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.RetriggerPlanner;
import dev.perfsheriff.workflow.domain.TestNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On every fixture summary, in five random worlds of coalesced pushes (seeded, printed on failure):
 * what the plan charges the ledger per machine platform is exactly what the executor resolves
 * against the Taskcluster fake — backfill depths read from the decision tasks' pushlog ids, not
 * from the plan.
 */
class PlanChargeIT extends TaskclusterIntegrationTest {

  @Autowired PlanExecutor executor;

  private final ProtocolNumbers numbers = TestNumbers.defaults();

  @Test
  void thePlansChargeIsWhatTheExecutorSendsOnEveryFixtureSummary() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    int summaries = 0;
    for (int world = 0; world < 5; world++) {
      for (String file : PerfherderFixtures.SUMMARY_FILES) {
        for (AlertSummary summary : PerfherderFixtures.summaries(file)) {
          if (summary.revision() == null) {
            continue;
          }
          fake.reset();
          List<Alert> picked = new CherryPickAdvisor(numbers).recommend(summary).alerts();
          FakeRevisionData data = world(summary, picked, random);
          RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(summary, picked, 1);

          PlanPreview preview = executor.preview(plan);

          String where = "seed " + seed + ", " + file + " #" + summary.id();
          assertThat(preview.unresolved()).as(where).isEmpty();
          Map<String, Integer> sent = new TreeMap<>();
          preview.calls().forEach(c -> c.cost().forEach((p, n) -> sent.merge(p, n, Integer::sum)));
          assertThat(sent).as(where).isEqualTo(plan.jobsPerMachinePlatform());
          assertThat(preview.jobs()).as(where).isEqualTo(plan.totalJobs());
          summaries++;
        }
      }
    }
    assertThat(summaries).isGreaterThan(50);
  }

  /**
   * Seven pushes around the summary's revision (consecutive pushlog ids), each picked alert's job
   * run 0 to 3 times on each, and every task stubbed in the fake with its push's decision task.
   */
  private FakeRevisionData world(AlertSummary summary, List<Alert> picked, Random random) {
    String repo = summary.repository().name();
    List<Revision> history = new ArrayList<>();
    for (int i = -3; i <= 3; i++) {
      history.add(
          i == 0
              ? summary.revision()
              : Revision.of(String.format("%08x%04x", summary.id().value(), i + 3)));
    }
    FakeRevisionData data = new FakeRevisionData().history(repo, history.toArray(Revision[]::new));
    for (int i = 0; i < history.size(); i++) {
      Revision revision = history.get(i);
      String decision = "Decision" + summary.id() + "x" + i;
      fake.push(repo, revision.hash(), decision, 5000 + i);
      for (Alert alert : picked) {
        if (alert.taskId() != null && revision.equals(summary.revision())) {
          // the alert's own task (taskcluster_metadata) ran at the summary's push
          fake.task(alert.taskId(), decision, label(alert));
        }
        int runs = random.nextInt(3) == 0 ? 0 : random.nextInt(4);
        data.points(repo, alert.signature().id(), revision, runs);
        for (int run = 0; run < runs; run++) {
          fake.task(
              "task-" + alert.signature().id() + "-" + revision.shortForm() + "-" + run,
              decision,
              label(alert));
        }
      }
    }
    return data;
  }

  private static String label(Alert alert) {
    return "test-" + alert.machinePlatform() + "/opt-" + alert.testName();
  }
}
