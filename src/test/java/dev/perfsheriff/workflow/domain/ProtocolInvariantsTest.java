package dev.perfsheriff.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocol's invariants over thousands of generated summaries and command sequences. Every case
 * is named by its seed; a failure message starts with it, so {@code new RandomSummaries(seed)}
 * reproduces it.
 */
class ProtocolInvariantsTest {

  private static final int CASES = 1500;
  private static final Map<Integer, ProtocolNumbers> BY_MAX_PICKS = new ConcurrentHashMap<>();
  private final ProtocolNumbers numbers = TestNumbers.defaults();

  static LongStream seeds() {
    long base = 0x5eed_0000L;
    return LongStream.range(base, base + CASES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverMoreThanMaxPicksNorTwoOfOneTestNorAnImprovementBeforeRegressions(long seed) {
    RandomSummaries generated = new RandomSummaries(seed);
    int maxPicks = 1 + generated.random.nextInt(7);
    ProtocolNumbers limited =
        BY_MAX_PICKS.computeIfAbsent(
            maxPicks,
            max ->
                TestNumbers.properties(
                        Map.of("perfsheriff.workflow.max-picks", String.valueOf(max)))
                    .numbers());
    PickInvariants.check(
        generated.summary,
        new CherryPickAdvisor(limited).recommend(generated.summary),
        limited,
        "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPlanNeverAsksMoreThanNeededToReachTheTargetPerRevision(long seed) {
    RandomSummaries generated = new RandomSummaries(seed);
    FakeRevisionData data = generated.revisionData();
    List<Alert> picked = new CherryPickAdvisor(numbers).recommend(generated.summary).alerts();
    RetriggerPlan plan = new RetriggerPlanner(numbers, data).plan(generated.summary, picked, 1);
    Map<String, Integer> asked = new HashMap<>();
    Map<AlertId, Integer> backfills = new HashMap<>();
    for (PlannedJob job : plan.jobs()) {
      int existing =
          data.dataPoints(job.repository(), job.signature(), List.of(job.revision()))
              .getOrDefault(job.revision(), SeriesData.NONE)
              .points();
      String key = job.revision().hash() + AlertRanking.jobKey(job.signature());
      int total = asked.merge(key, job.count(), Integer::sum);
      assertThat(total)
          .as("seed %d: %s asks %d on top of %d points", seed, key, total, existing)
          .isLessThanOrEqualTo(numbers.pointsPerRevision() - existing);
      assertThat(job.kind() != JobKind.RETRIGGER)
          .as("seed %d: backfill or add-new only where nothing ran", seed)
          .isEqualTo(existing == 0);
      if (job.kind() != JobKind.RETRIGGER) {
        backfills.merge(job.alert(), 1, Integer::sum);
      }
      int center = generated.history.indexOf(generated.summary.revision());
      if (job.kind() == JobKind.BACKFILL) {
        Revision source =
            generated.history.get(generated.history.indexOf(job.revision()) + job.depth());
        assertThat(job.taskId())
            .as("seed %d: a backfill starts at a later push that ran the job", seed)
            .startsWith("task-" + job.signature().id() + "-" + source.shortForm());
      }
      assertThat(Math.abs(generated.history.indexOf(job.revision()) - center))
          .as("seed %d: within the window", seed)
          .isLessThanOrEqualTo(numbers.revisionWindow());
    }
    assertThat(backfills.values())
        .as("seed %d: backfills per alert", seed)
        .allMatch(n -> n <= numbers.maxBackfills());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameInputsGiveTheSamePlan(long seed) {
    RandomSummaries first = new RandomSummaries(seed);
    RandomSummaries second = new RandomSummaries(seed);
    List<Alert> picked = new CherryPickAdvisor(numbers).recommend(first.summary).alerts();
    RetriggerPlan one =
        new RetriggerPlanner(numbers, first.revisionData()).plan(first.summary, picked, 1);
    RetriggerPlan two =
        new RetriggerPlanner(numbers, second.revisionData())
            .plan(
                second.summary,
                new CherryPickAdvisor(numbers).recommend(second.summary).alerts(),
                1);
    assertThat(two).as("seed %d", seed).isEqualTo(one);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void completedRoundsNeverChange(long seed) {
    Random random = new Random(seed);
    Workflow workflow = new Workflow(numbers);
    AlertSummary summary = new RandomSummaries(seed).summary;
    WorkflowRecord record = WorkflowRecord.appeared(summary, Summaries.T0);
    Actor actor = new Actor("console", "u" + seed, null);
    for (int step = 0; step < 40; step++) {
      Role role = random.nextBoolean() ? Role.CODE_SHERIFF : Role.PERF_SHERIFF;
      Step next = randomCommand(random, workflow, record, summary, actor, role, step);
      for (Round round : record.rounds()) {
        if (round.isComplete()) {
          assertThat(next.after().rounds().get(round.number() - 1))
              .as("seed %d, step %d", seed, step)
              .isEqualTo(round);
        }
      }
      assertThat(next.after().rounds().size())
          .as("seed %d: rounds are never removed", seed)
          .isGreaterThanOrEqualTo(record.rounds().size());
      assertThat(next.after().picks().size())
          .as("seed %d: picks", seed)
          .isLessThanOrEqualTo(numbers.maxPicks());
      record = next.after();
    }
  }

  private static Step randomCommand(
      Random random,
      Workflow workflow,
      WorkflowRecord record,
      AlertSummary summary,
      Actor actor,
      Role role,
      int step) {
    Instant at = Summaries.T0.plusSeconds(step * 60L);
    return switch (random.nextInt(7)) {
      case 0 -> workflow.completeRound(record, role, at);
      case 1 -> workflow.handOff(record, role, random.nextBoolean(), null);
      case 2 ->
          workflow.decide(
              record, Command.values()[Command.NEEDS_BUG.ordinal() + random.nextInt(8)], role);
      case 3 ->
          workflow.pick(
              record,
              summary,
              summary.alerts().stream().limit(random.nextInt(8)).map(Alert::id).toList(),
              role);
      case 4 -> workflow.markDownstream(record, role, SummaryId.of(2));
      default -> {
        int round = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : record.nextRoundNumber();
        Alert alert = summary.alerts().get(0);
        PlannedJob job =
            new PlannedJob(
                alert.id(),
                summary.repository(),
                summary.revision(),
                alert.signature(),
                JobKind.RETRIGGER,
                1 + random.nextInt(3),
                null);
        RetriggerPlan plan = new RetriggerPlan(summary.id(), round, List.of(job), List.of());
        yield workflow.startRound(record, plan, "round at step " + step, actor, role, at);
      }
    };
  }
}
