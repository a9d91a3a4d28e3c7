package dev.perfsheriff.workflow.persistence;

import static dev.perfsheriff.workflow.domain.Summaries.T0;
import static dev.perfsheriff.workflow.domain.Summaries.alert;
import static dev.perfsheriff.workflow.domain.Summaries.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.workflow.WorkflowTestPorts;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.AuditEntry;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.CaseKind;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.RequestedJob;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.Round;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.WorkflowCase;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(WorkflowTestPorts.class)
class WorkflowPersistenceIT extends IntegrationTest {

  private static final Actor CS = new Actor("slack", "U1", "Cora");

  @Autowired WorkflowRecordStore store;
  @Autowired AuditLog audit;
  @Autowired CaseStore cases;

  private final AlertSummary summary =
      Summaries.summary(7).alerts(alert(71, "tp5o", "", "linux64", true, 5, 9, "OK")).build();

  @BeforeEach
  void empty() {
    truncate(
        "workflow_round_job",
        "workflow_round",
        "workflow_pick",
        "workflow_summary",
        "workflow_case",
        "workflow_audit");
  }

  private static Round round(int number, boolean complete) {
    RequestedJob job =
        new RequestedJob(
            AlertId.of(71),
            Repository.of("autoland"),
            rev(10),
            "linux64",
            71,
            JobKind.RETRIGGER,
            3,
            "task-71");
    Round started =
        Round.start(number, "round " + number, CS, T0.plusSeconds(number), List.of(job), 3);
    return complete ? started.completedAt(T0.plusSeconds(100 + number)) : started;
  }

  @Test
  void aRecordRoundTripsWithRoundsPicksAndBug() {
    WorkflowRecord fresh = WorkflowRecord.appeared(summary, T0);
    assertThat(store.insertIfAbsent(fresh, T0)).isTrue();
    assertThat(store.insertIfAbsent(fresh.withState(WorkflowState.INVALID), T0)).isFalse();
    WorkflowRecord changed =
        fresh
            .withPicks(List.of(AlertId.of(71)))
            .withRoundStarted(round(1, true))
            .withRoundStarted(round(2, false))
            .withDownstreamOf(SummaryId.of(3))
            .withState(WorkflowState.NEEDS_DATA);
    store.update(fresh, changed, T0);
    assertThat(store.find(summary.id())).contains(changed);
    WorkflowRecord completed = changed.withPendingRoundCompleted(T0.plus(Duration.ofHours(2)));
    store.update(changed, completed, T0);
    assertThat(store.find(summary.id())).contains(completed);
    assertThat(store.inStates(Set.of(WorkflowState.NEEDS_DATA))).containsExactly(completed);
    assertThat(store.createdBetween(T0, T0.plusSeconds(1))).containsExactly(completed);
  }

  @Test
  void theDatabaseRefusesToChangeACompletedRound() {
    WorkflowRecord fresh = WorkflowRecord.appeared(summary, T0);
    store.insertIfAbsent(fresh, T0);
    store.update(fresh, fresh.withRoundStarted(round(1, true)), T0);
    assertThatThrownBy(() -> jdbc.sql("UPDATE workflow_round SET purpose = 'edited'").update())
        .hasMessageContaining("round 1 of summary 7 is complete and cannot change");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM workflow_round_job").update())
        .hasMessageContaining("is complete: its jobs cannot change");
    assertThat(store.find(summary.id()).orElseThrow().rounds().get(0).purpose())
        .isEqualTo("round 1");
  }

  @Test
  void theAuditIsAppendOnly() {
    AuditEntry entry =
        new AuditEntry(
            summary.id(),
            T0,
            CS,
            Role.CODE_SHERIFF,
            "pick",
            "picked",
            true,
            WorkflowState.UNTRIAGED,
            WorkflowState.UNTRIAGED);
    audit.append(entry);
    audit.append(entry);
    assertThat(audit.history(summary.id())).containsExactly(entry, entry);
    assertThatThrownBy(() -> jdbc.sql("UPDATE workflow_audit SET detail = 'forged'").update())
        .hasMessageContaining("workflow_audit is append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM workflow_audit").update())
        .hasMessageContaining("workflow_audit is append-only");
    assertThat(audit.history(summary.id())).hasSize(2);
  }

  @Test
  void casesAreReadBackByTime() {
    WorkflowCase broken =
        new WorkflowCase(
            summary.id(),
            CaseKind.ROUND_ONE_NOT_ENOUGH,
            CaseBucket.BROKEN_BUILD,
            "no build",
            CS,
            T0);
    WorkflowCase later =
        new WorkflowCase(
            summary.id(),
            CaseKind.NON_OBVIOUS_DOWNSTREAM,
            CaseBucket.BIMODAL,
            "",
            CS,
            T0.plusSeconds(3600));
    cases.insert(broken);
    cases.insert(later);
    assertThat(cases.recordedBetween(T0, T0.plusSeconds(60))).containsExactly(broken);
  }
}
