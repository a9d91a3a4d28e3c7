package dev.perfsheriff.workflow;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

/**
 * The code sheriff's paths the protocol guards: a named upstream is checked (a perf sheriff may
 * force it), and an untriaged summary with nothing to retrigger is handed off only with a note.
 */
@Import(WorkflowTestPorts.class)
class TriageChecksIT extends IntegrationTest {

  private static final Actor CS = new Actor("slack", "U1", "Cora");
  private static final Actor PS = new Actor("matrix", "@pat:mozilla.org", "Pat");

  @Autowired WorkflowService workflow;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired WorkflowTestPorts.InMemorySummaries summaries;
  @Autowired FakeRevisionData revisions;
  @Autowired WorkflowTestPorts.RecordingWriteBack writeBack;
  @Autowired WorkflowTestPorts.TestClock clock;

  private final AlertSummary central =
      Summaries.summary(4711)
          .repository("mozilla-central")
          .created(T0)
          .revision(rev(50))
          .alerts(alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"))
          .build();

  @BeforeEach
  void summaries() {
    truncateAll();
    summaries.clear();
    revisions.clear();
    writeBack.reset();
    clock.set(T0.plus(Duration.ofHours(1)));
    summaries.put(central);
    summaries.put(
        Summaries.summary(4700).repository("autoland").created(T0.minusSeconds(7200)).build());
    summaries.put(
        Summaries.summary(4600)
            .repository("autoland")
            .created(T0.minus(Duration.ofHours(30)))
            .build());
    publisher.publishEvent(new SummaryAppeared(central));
  }

  @Test
  void aNamedUpstreamIsCheckedAndOnlyAPerfSheriffForcesIt() {
    WorkflowResult tooOld =
        workflow.markDownstream(
            central.id(), Optional.of(SummaryId.of(4600)), false, CS, Role.CODE_SHERIFF);
    assertThat(tooOld.text())
        .isEqualTo(
            "summary 4600 was created 30 h before summary 4711, outside the 24 h vicinity. A perf"
                + " sheriff can override with `force`.");
    assertThat(
            workflow
                .markDownstream(
                    central.id(), Optional.of(SummaryId.of(999)), false, CS, Role.CODE_SHERIFF)
                .text())
        .startsWith("summary 999 does not exist in Perfherder");
    assertThat(
            workflow
                .markDownstream(
                    central.id(), Optional.of(SummaryId.of(4600)), true, CS, Role.CODE_SHERIFF)
                .text())
        .startsWith("only a perf sheriff can force a downstream");
    assertThat(writeBack.calls).isEmpty();

    WorkflowResult forced =
        workflow.markDownstream(
            central.id(), Optional.of(SummaryId.of(4600)), true, PS, Role.PERF_SHERIFF);
    assertThat(forced.allowed()).isTrue();
    assertThat(writeBack.calls).contains("alert 11 DOWNSTREAM 4600");
  }

  @Test
  void anUpstreamThatPassesIsMarkedByACodeSheriff() {
    WorkflowResult marked =
        workflow.markDownstream(
            central.id(), Optional.of(SummaryId.of(4700)), false, CS, Role.CODE_SHERIFF);

    assertThat(marked.text()).isEqualTo("summary 4711 marked downstream of summary 4700.");
    assertThat(workflow.show(central.id()).orElseThrow().state())
        .isEqualTo(WorkflowState.DOWNSTREAM);
  }

  @Test
  void withNothingToRetriggerTheHandoffNeedsANoteSayingWhy() {
    WorkflowResult refused = workflow.handOff(central.id(), "", CS, Role.CODE_SHERIFF);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.text())
        .startsWith("nothing can be retriggered for summary 4711 (")
        .endsWith("hand it off with a note that says why: `handoff 4711 <note>`.");

    WorkflowResult handedOff =
        workflow.handOff(central.id(), "backfill failed: no push history", CS, Role.CODE_SHERIFF);
    assertThat(handedOff.allowed()).isTrue();
    assertThat(workflow.show(central.id()).orElseThrow().state())
        .isEqualTo(WorkflowState.DATAREADY);
    assertThat(writeBack.calls)
        .anyMatch(
            c -> c.startsWith("note 4711") && c.endsWith("| backfill failed: no push history"));
  }

  @Test
  void withARoundPossibleTheUntriagedHandoffIsStillRefused() {
    revisions.history("mozilla-central", rev(48), rev(49), rev(50), rev(51), rev(52));

    WorkflowResult refused = workflow.handOff(central.id(), "a note", CS, Role.CODE_SHERIFF);

    assertThat(refused.text())
        .isEqualTo(
            "summary 4711 has no round yet: start round 1 (retrigger) first, or mark it"
                + " downstream.");
  }
}
