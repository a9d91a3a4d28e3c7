package dev.perfsheriff.workflow;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.AuditEntry;
import dev.perfsheriff.workflow.domain.BugTimeReport;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.CaseKind;
import dev.perfsheriff.workflow.domain.Command;
import dev.perfsheriff.workflow.domain.DownstreamSuggestion;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.HandedOff;
import dev.perfsheriff.workflow.domain.PicksChanged;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.RoundStarted;
import dev.perfsheriff.workflow.domain.StateChanged;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@Import(WorkflowTestPorts.class)
@RecordApplicationEvents
class WorkflowServiceIT extends IntegrationTest {

  private static final Actor CS = new Actor("slack", "U1", "Cora");
  private static final Actor PS = new Actor("matrix", "@pat:mozilla.org", "Pat");

  @Autowired WorkflowService workflow;
  @Autowired PerfSheriffDecisions decisions;
  @Autowired WorkflowReports reports;
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
  void reset() {
    truncateAll();
    summaries.clear();
    revisions.clear();
    writeBack.reset();
    clock.set(T0.plus(Duration.ofHours(1)));
    summaries.put(central);
    revisions.history("mozilla-central", rev(48), rev(49), rev(50), rev(51), rev(52));
    for (int r = 48; r <= 52; r++) {
      revisions
          .points("mozilla-central", 11, rev(r), 1)
          .points("mozilla-central", 12, rev(r), r == 50 ? 4 : 2);
    }
  }

  @Test
  void theSameEventTwiceChangesNothingTheSecondTime() {
    publisher.publishEvent(new SummaryAppeared(central));
    publisher.publishEvent(new SummaryAppeared(central));
    AlertSummary fixed =
        Summaries.summary(4711)
            .repository("mozilla-central")
            .status(SummaryStatus.FIXED)
            .bug(99L)
            .build();
    SummaryChanged changed =
        new SummaryChanged(
            central, fixed, Set.of(SummaryChanged.Change.STATUS, SummaryChanged.Change.BUG));
    publisher.publishEvent(changed);
    clock.advance(Duration.ofHours(1));
    publisher.publishEvent(changed);
    List<AuditEntry> history = reports.history(central.id());
    assertThat(history).extracting(AuditEntry::action).containsExactly("appeared", "mirror");
    assertThat(history.get(1).stateAfter()).isEqualTo(WorkflowState.FIXED);
    assertThat(workflow.show(central.id()).orElseThrow().record().bugLinkedAt())
        .isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(events.stream(StateChanged.class)).hasSize(1);
  }

  @Test
  void aCodeSheriffPicksPlansTriggersAndHandsOffThenThePerfSheriffDecides() {
    publisher.publishEvent(new SummaryAppeared(central));
    WorkflowOverview card = workflow.show(central.id()).orElseThrow();
    assertThat(card.recommended().orElseThrow().alertIds())
        .containsExactly(AlertId.of(11), AlertId.of(12));
    assertThat(card.downstream().verdict()).isEqualTo(DownstreamSuggestion.Verdict.NONE);

    WorkflowResult picked =
        workflow.pick(central.id(), List.of(AlertId.of(11), AlertId.of(12)), CS, Role.CODE_SHERIFF);
    assertThat(picked.allowed()).isTrue();
    assertThat(writeBack.calls).containsExactly("star 11 true", "star 12 true");
    assertThat(events.stream(PicksChanged.class)).hasSize(1);

    RoundProposal.Ready preview = (RoundProposal.Ready) workflow.planRound(central.id());
    assertThat(preview.variant()).isEqualTo(RoundProposal.Variant.USUAL);
    assertThat(preview.plan().jobsPerMachinePlatform())
        .containsEntry("linux64", 15)
        .containsEntry("windows10-64", 8);
    assertThat(reports.history(central.id())).extracting(AuditEntry::action).doesNotContain("plan");

    WorkflowResult started =
        workflow.startRound(
            central.id(), preview.plan(), "round 1 of tp5o and damp", CS, Role.CODE_SHERIFF);
    assertThat(started).isInstanceOf(WorkflowResult.Allowed.class);
    assertThat(((WorkflowResult.Allowed) started).state()).isEqualTo(WorkflowState.CONFIRMING);
    assertThat(events.stream(RoundStarted.class))
        .singleElement()
        .satisfies(e -> assertThat(e.round().jobs()).hasSize(preview.plan().jobs().size()));

    WorkflowResult handedOff =
        workflow.handOff(central.id(), "noisy on windows", CS, Role.CODE_SHERIFF);
    assertThat(handedOff.text())
        .isEqualTo("summary 4711 handed off to Pat (perf sheriff on duty).");
    assertThat(events.stream(HandedOff.class))
        .singleElement()
        .satisfies(e -> assertThat(e.perfSheriff()).isEqualTo(PS));
    assertThat(writeBack.calls)
        .anyMatch(
            line ->
                line.startsWith(
                        "note 4711 [perf-sheriff-bot] summary=4711 state=dataready round=1 by=slack:U1")
                    && line.endsWith("| noisy on windows"));

    WorkflowResult refused =
        workflow.startRound(central.id(), preview.plan(), "again", CS, Role.CODE_SHERIFF);
    assertThat(refused.text())
        .isEqualTo(
            "summary 4711 is already handed off to the perf sheriff; only a perf sheriff can start round 2.");

    assertThat(
            decisions
                .decide(central.id(), Command.NEEDS_BUG, "culprit clear", PS, Role.PERF_SHERIFF)
                .allowed())
        .isTrue();
    assertThat(workflow.show(central.id()).orElseThrow().state())
        .isEqualTo(WorkflowState.NEEDS_BUG);
    assertThat(reports.dashboard(Role.PERF_SHERIFF))
        .extracting(r -> r.summaryId())
        .containsExactly(central.id());
    assertThat(reports.dashboard(Role.CODE_SHERIFF)).isEmpty();

    List<AuditEntry> history = reports.history(central.id());
    assertThat(history)
        .extracting(e -> e.action() + (e.allowed() ? "" : " (refused)"))
        .containsExactly(
            "appeared",
            "pick",
            "write_back",
            "start_round",
            "write_back",
            "hand_off",
            "write_back",
            "start_round (refused)",
            "needs_bug",
            "write_back");
    assertThat(history.get(1).actor()).isEqualTo(CS);
    assertThat(history.get(8).actor().platform()).isEqualTo("matrix");
  }

  @Test
  void similarOpenRegressionsNearbyAreSuggested() {
    AlertSummary neighbour =
        Summaries.summary(4712)
            .repository("mozilla-central")
            .revision(rev(52))
            .alerts(alert(31, "tp5o", "", "windows10-64", true, 4, 8, "OK"))
            .build();
    summaries.put(neighbour);
    assertThat(workflow.show(central.id()).orElseThrow().similar())
        .singleElement()
        .satisfies(similar -> assertThat(similar.tests()).containsExactly("tp5o"));
  }

  @Test
  void downstreamWithoutUpstreamAcceptsTheObviousSuggestion() {
    AlertSummary autoland =
        Summaries.summary(4700)
            .revision(rev(10))
            .created(T0.minus(Duration.ofHours(3)))
            .alerts(
                alert(1, "tp5o", "", "linux64", true, 5, 9, "OK"),
                alert(2, "damp", "", "windows10-64", true, 3, 8, "OK"))
            .build();
    summaries.put(autoland);
    revisions.range("mozilla-central", rev(9), rev(10), rev(50));
    assertThat(workflow.show(central.id()).orElseThrow().downstream().verdict())
        .isEqualTo(DownstreamSuggestion.Verdict.OBVIOUS);
    WorkflowResult marked =
        workflow.markDownstream(central.id(), Optional.empty(), false, CS, Role.CODE_SHERIFF);
    assertThat(marked.text()).isEqualTo("summary 4711 marked downstream of summary 4700.");
    assertThat(writeBack.calls).contains("alert 11 DOWNSTREAM 4700", "alert 12 DOWNSTREAM 4700");
    assertThat(workflow.show(central.id()).orElseThrow().downstreamOf())
        .contains(SummaryId.of(4700));
  }

  @Test
  void anUnsureDownstreamPlansTwoRetriggersOnBothBranches() {
    AlertSummary autoland =
        Summaries.summary(4700)
            .revision(rev(10))
            .created(T0.minus(Duration.ofHours(3)))
            .alerts(alert(1, "tp5o", "", "linux64", true, 5, 9, "OK"))
            .build();
    summaries.put(autoland);
    revisions
        .range("mozilla-central", rev(10), rev(50))
        .history("autoland", rev(8), rev(9), rev(10), rev(11), rev(12));
    assertThat(
            workflow
                .markDownstream(central.id(), Optional.empty(), false, CS, Role.CODE_SHERIFF)
                .text())
        .startsWith(
            "summary 4711 is not obviously downstream: (2) looks downstream of summary 4700 but may not be:");
    RoundProposal.Ready preview = (RoundProposal.Ready) workflow.planRound(central.id());
    assertThat(preview.variant()).isEqualTo(RoundProposal.Variant.UNSURE_DOWNSTREAM);
    assertThat(preview.plan().jobs())
        .extracting(j -> j.repository().name())
        .contains("autoland", "mozilla-central");
    assertThat(preview.plan().jobs()).allMatch(j -> j.count() <= 2);
  }

  @Test
  void withoutASummaryOnTheOtherBranchItsDataTellsEdgeCaseOneAndTheRoundCarriesTheNote() {
    revisions
        .range("mozilla-central", rev(49), rev(50))
        .history("autoland", rev(48), rev(49), rev(50), rev(51), rev(52))
        .pointsOfHash("autoland", "h11", rev(50), 3);
    assertThat(
            workflow
                .markDownstream(central.id(), Optional.empty(), false, CS, Role.CODE_SHERIFF)
                .text())
        .isEqualTo(
            "summary 4711 is not obviously downstream: (1) looks downstream of autoland, but"
                + " autoland has no alert for it; its data is there for tp5o on linux64 (3 points)."
                + " no data on autoland around revision "
                + rev(50).shortForm()
                + " for damp on windows10-64. Name the upstream summary, or retrigger and hand"
                + " off with a note.");
    RoundProposal.Ready preview = (RoundProposal.Ready) workflow.planRound(central.id());
    assertThat(preview.variant()).isEqualTo(RoundProposal.Variant.USUAL);
    assertThat(preview.plan().notes())
        .anyMatch(note -> note.startsWith("(1) looks downstream of autoland"));
    assertThat(preview.plan().jobs())
        .extracting(j -> j.repository().name())
        .containsOnly("mozilla-central");
  }

  @Test
  void casesAndBugTimesAreReported() {
    publisher.publishEvent(new SummaryAppeared(central));
    assertThat(
            workflow
                .recordCase(
                    central.id(),
                    CaseKind.ROUND_ONE_NOT_ENOUGH,
                    CaseBucket.BROKEN_BUILD,
                    "no build",
                    CS,
                    Role.CODE_SHERIFF)
                .text())
        .isEqualTo("only a perf sheriff can record a workflow case; summary 4711 is untriaged.");
    assertThat(
            workflow
                .recordCase(
                    central.id(),
                    CaseKind.ROUND_ONE_NOT_ENOUGH,
                    CaseBucket.BROKEN_BUILD,
                    "no build",
                    PS,
                    Role.PERF_SHERIFF)
                .allowed())
        .isTrue();
    assertThat(
            reports
                .cases(T0, T0.plus(Duration.ofDays(1)))
                .count(CaseKind.ROUND_ONE_NOT_ENOUGH, CaseBucket.BROKEN_BUILD))
        .isEqualTo(1);
    clock.advance(Duration.ofHours(30));
    BugTimeReport bugTimes = reports.bugTimes(T0, T0.plus(Duration.ofDays(1)));
    assertThat(bugTimes.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.verdict()).isEqualTo(BugTimeReport.Verdict.OPEN_OVERDUE));
  }

  @Test
  void unknownSummariesAndMissingDataAreRefusedInWords() {
    assertThat(workflow.handOff(SummaryId.of(999), "", CS, Role.CODE_SHERIFF).text())
        .isEqualTo("summary 999 is unknown to the bot: it has not been seen in Perfherder yet.");
    assertThat(workflow.pick(SummaryId.of(999), List.of(), CS, Role.CODE_SHERIFF).text())
        .isEqualTo(
            "Perfherder data for summary 999 is unavailable right now, so its alerts cannot be checked; try again later.");
    assertThat(workflow.show(SummaryId.of(999))).isEmpty();
  }
}
