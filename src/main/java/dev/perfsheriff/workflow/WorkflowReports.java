package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AuditEntry;
import dev.perfsheriff.workflow.domain.BugTimeReport;
import dev.perfsheriff.workflow.domain.CaseReport;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import dev.perfsheriff.workflow.persistence.AuditLog;
import dev.perfsheriff.workflow.persistence.CaseStore;
import dev.perfsheriff.workflow.persistence.WorkflowRecordStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Read-only views for chat and the monthly report: audit history, dashboards, cases, bug times. */
@Service
public class WorkflowReports {

  /** States whose summaries need no bug: someone else's regression, or none at all. */
  private static final Set<WorkflowState> NO_BUG_NEEDED =
      EnumSet.of(WorkflowState.DOWNSTREAM, WorkflowState.INVALID, WorkflowState.REASSIGNED);

  private final WorkflowRecordStore store;
  private final AuditLog audit;
  private final CaseStore cases;
  private final WorkflowClock clock;
  private final ProtocolNumbers numbers;

  WorkflowReports(
      WorkflowRecordStore store,
      AuditLog audit,
      CaseStore cases,
      WorkflowClock clock,
      WorkflowProperties properties) {
    this.store = store;
    this.audit = audit;
    this.cases = cases;
    this.clock = clock;
    this.numbers = properties.numbers();
  }

  /** Every audited decision about a summary, oldest first. */
  public List<AuditEntry> history(SummaryId id) {
    return audit.history(id);
  }

  /** The summaries on a role's dashboard (CS: untriaged, confirming; PS: dataready, needs_*). */
  public List<WorkflowRecord> dashboard(Role role) {
    Set<WorkflowState> states =
        Arrays.stream(WorkflowState.values())
            .filter(state -> state.dashboard().filter(role::equals).isPresent())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkflowState.class)));
    return store.inStates(states);
  }

  /** Workflow cases recorded in [from, to), counted per kind and bucket. */
  public CaseReport cases(Instant from, Instant to) {
    return CaseReport.of(cases.recordedBetween(from, to));
  }

  /** Time to bug of the regression summaries created in [from, to), against the goal. */
  public BugTimeReport bugTimes(Instant from, Instant to) {
    List<BugTimeReport.Timing> timings =
        store.createdBetween(from, to).stream()
            .filter(WorkflowRecord::regression)
            .filter(record -> !NO_BUG_NEEDED.contains(record.state()))
            .map(
                record ->
                    new BugTimeReport.Timing(
                        record.summaryId(), record.summaryCreated(), record.bugLinkedAt()))
            .toList();
    return BugTimeReport.of(timings, clock.now(), numbers);
  }
}
