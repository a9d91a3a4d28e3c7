package dev.perfsheriff.workflow;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Command;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.RegressionBugTemplate;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.WorkflowState;
import dev.perfsheriff.workflow.domain.WriteBackLanded;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The perf sheriff's decisions on a handed-off summary: what each writes to Perfherder (through the
 * recording port), refusals, and the durable queue that retries a write Perfherder refused.
 */
@Import(WorkflowTestPorts.class)
@RecordApplicationEvents
class PerfSheriffDecisionsIT extends IntegrationTest {

  private static final Actor CS = new Actor("slack", "U1", "Cora");
  private static final Actor PS = new Actor("matrix", "@pat:mozilla.org", "Pat");

  @Autowired WorkflowService workflow;
  @Autowired PerfSheriffDecisions decisions;
  @Autowired BugFiling bugs;
  @Autowired WriteBackRetrier retrier;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired ApplicationEvents events;
  @Autowired WorkflowTestPorts.InMemorySummaries summaries;
  @Autowired FakeRevisionData revisions;
  @Autowired WorkflowTestPorts.RecordingWriteBack writeBack;
  @Autowired WorkflowTestPorts.TestClock clock;

  private final AlertSummary central =
      Summaries.summary(4711)
          .repository("mozilla-central")
          .revision(rev(50))
          .alerts(
              alert(11, "tp5o", "", "linux64", true, 5, 9, "OK"),
              alert(12, "damp", "", "windows10-64", true, 3, 8, "OK"))
          .build();

  @BeforeEach
  void handedOffSummary() {
    truncateAll();
    summaries.clear();
    revisions.clear();
    writeBack.reset();
    clock.set(T0.plus(Duration.ofHours(1)));
    summaries.put(central);
    revisions.history("mozilla-central", rev(48), rev(49), rev(50), rev(51), rev(52));
    for (int r = 48; r <= 52; r++) {
      revisions.points("mozilla-central", 11, rev(r), 1).points("mozilla-central", 12, rev(r), 1);
    }
    publisher.publishEvent(new SummaryAppeared(central));
    workflow.pick(central.id(), List.of(AlertId.of(11)), CS, Role.CODE_SHERIFF);
    RoundProposal.Ready plan = (RoundProposal.Ready) workflow.planRound(central.id());
    workflow.startRound(central.id(), plan.plan(), "round 1", CS, Role.CODE_SHERIFF);
    assertThat(workflow.handOff(central.id(), "noisy", CS, Role.CODE_SHERIFF).allowed()).isTrue();
    writeBack.reset();
  }

  private WorkflowState state() {
    return workflow.show(central.id()).orElseThrow().state();
  }

  private String lastNote() {
    return writeBack.calls.stream()
        .filter(c -> c.startsWith("note "))
        .reduce((a, b) -> b)
        .orElse("");
  }

  @Test
  void needsBugMarksItInvestigatingInPerfherderWithASignedNotesLine() {
    WorkflowResult result =
        decisions.decide(central.id(), Command.NEEDS_BUG, "culprit clear", PS, Role.PERF_SHERIFF);

    assertThat(result.text()).isEqualTo("summary 4711 is now needs_bug.");
    assertThat(((WorkflowResult.Allowed) result).followUps())
        .containsExactly("written to Perfherder: summary status investigating; notes line.");
    assertThat(state()).isEqualTo(WorkflowState.NEEDS_BUG);
    assertThat(writeBack.calls.get(0)).isEqualTo("summary 4711 INVESTIGATING");
    assertThat(lastNote())
        .startsWith("note 4711 [perf-sheriff-bot] summary=4711 state=needs_bug round=1")
        .contains("by=matrix:@pat:mozilla.org")
        .endsWith("| culprit clear");
  }

  @Test
  void eachDecisionWritesItsOwnStatus() {
    decisions.decide(central.id(), Command.NEEDS_DATA, "", PS, Role.PERF_SHERIFF);
    decisions.decide(central.id(), Command.WONTFIX, "by design", PS, Role.PERF_SHERIFF);
    decisions.decide(central.id(), Command.REOPEN, "", PS, Role.PERF_SHERIFF);
    decisions.decide(central.id(), Command.BACKEDOUT, "", PS, Role.PERF_SHERIFF);
    decisions.decide(central.id(), Command.REOPEN, "", PS, Role.PERF_SHERIFF);
    decisions.decide(central.id(), Command.INVALID, "infra", PS, Role.PERF_SHERIFF);

    assertThat(writeBack.calls.stream().filter(c -> !c.startsWith("note ")))
        .containsExactly(
            "summary 4711 INVESTIGATING",
            "summary 4711 WONTFIX",
            "summary 4711 INVESTIGATING",
            "summary 4711 BACKEDOUT",
            "summary 4711 INVESTIGATING",
            "alert 11 INVALID null",
            "alert 12 INVALID null");
    assertThat(writeBack.calls.stream().filter(c -> c.startsWith("note "))).hasSize(6);
    assertThat(state()).isEqualTo(WorkflowState.INVALID);
  }

  @Test
  void aBugAndAnAssigneeAreWrittenWithTheirNotesLines() {
    assertThat(decisions.linkBug(central.id(), 1900001, PS, Role.PERF_SHERIFF).text())
        .isEqualTo("summary 4711: bug 1900001 linked; state dataready.");
    assertThat(
            decisions
                .assign(central.id(), "mozilla-ldap/dev@mozilla.com", PS, Role.PERF_SHERIFF)
                .text())
        .isEqualTo("summary 4711 assigned to mozilla-ldap/dev@mozilla.com.");

    assertThat(writeBack.calls.stream().filter(c -> !c.startsWith("note ")))
        .containsExactly("bug 4711 1900001", "assignee 4711 mozilla-ldap/dev@mozilla.com");
    assertThat(lastNote()).endsWith("| assigned to mozilla-ldap/dev@mozilla.com");
    assertThat(workflow.show(central.id()).orElseThrow().record().bugNumber()).isEqualTo(1900001);
  }

  @Test
  void aCodeSheriffIsRefusedAndNothingIsWritten() {
    WorkflowResult refused =
        decisions.decide(central.id(), Command.NEEDS_BUG, "", CS, Role.CODE_SHERIFF);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.text())
        .isEqualTo("only a perf sheriff can mark it needs_bug; summary 4711 is dataready.");
    assertThat(decisions.linkBug(central.id(), 1, CS, Role.CODE_SHERIFF).allowed()).isFalse();
    assertThat(writeBack.calls).isEmpty();
    assertThat(pendingWrites()).isZero();
  }

  @Test
  void anUnknownSummaryIsRefused() {
    WorkflowResult refused =
        decisions.decide(SummaryId.of(999), Command.NEEDS_BUG, "", PS, Role.PERF_SHERIFF);

    assertThat(refused.text())
        .isEqualTo("summary 999 is unknown to the bot: it has not been seen in Perfherder yet.");
  }

  @Test
  void aRefusedWriteStaysQueuedUntilItLandsOnceAndThenSaysSo() {
    writeBack.failNext(2);

    WorkflowResult result =
        decisions.decide(central.id(), Command.NEEDS_BUG, "", PS, Role.PERF_SHERIFF);

    assertThat(state()).isEqualTo(WorkflowState.NEEDS_BUG);
    assertThat(((WorkflowResult.Allowed) result).followUps())
        .containsExactly(
            "not yet written to Perfherder: summary status investigating; notes line (Perfherder"
                + " answered HTTP 503); queued, the bot retries and says so in the summary's"
                + " thread when it lands.");
    assertThat(pendingWrites()).isEqualTo(2);
    assertThat(retrier.retryDue()).as("not due yet").isZero();

    writeBack.failNext(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(retrier.retryDue()).as("one still failing").isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(retrier.retryDue()).as("backing off").isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(retrier.retryDue()).isEqualTo(1);

    assertThat(pendingWrites()).isZero();
    assertThat(writeBack.calls.stream().filter(c -> c.startsWith("summary ")))
        .containsExactly("summary 4711 INVESTIGATING");
    assertThat(events.stream(WriteBackLanded.class))
        .extracting(WriteBackLanded::what, WriteBackLanded::attempts)
        .containsExactlyInAnyOrder(
            tuple("summary status investigating", 3), tuple("notes line", 2));
  }

  @Test
  void withoutABugzillaKeyFilingAnswersWithThePrefilledLink() {
    WorkflowResult result =
        bugs.file(
            central.id(),
            null,
            summary ->
                new RegressionBugTemplate.Links("https://th/alerts?id=4711", "https://th/push"),
            PS,
            Role.PERF_SHERIFF);

    assertThat(result.allowed()).isTrue();
    assertThat(result.text())
        .startsWith("no Bugzilla API key is configured, so file the bug yourself")
        .contains("/enter_bug.cgi?product=Testing&component=Performance&short_desc=")
        .contains("keywords=perf%2C%20perf-alert%2C%20regression")
        .endsWith("then link it with `bug 4711 <bug-number>`.");
    assertThat(bugs.file(central.id(), null, s -> null, CS, Role.CODE_SHERIFF).text())
        .isEqualTo("only a perf sheriff can file a regression bug.");
    assertThat(writeBack.calls).isEmpty();
  }

  private int pendingWrites() {
    return jdbc.sql("SELECT count(*) FROM workflow_pending_write").query(Integer.class).single();
  }
}
