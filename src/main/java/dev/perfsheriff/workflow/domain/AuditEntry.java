package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;

/**
 * One line of the append-only audit: who (and from which chat platform, in {@link Actor}), did what
 * to which summary, when, whether it was allowed, and the state before and after.
 *
 * @param role the role the person acted in; null for the bot's own bookkeeping
 * @param action e.g. {@code start_round}, {@code appeared}, {@code write_back}
 * @param detail the message or refusal reason shown to the person
 */
public record AuditEntry(
    SummaryId summary,
    Instant at,
    Actor actor,
    Role role,
    String action,
    String detail,
    boolean allowed,
    WorkflowState stateBefore,
    WorkflowState stateAfter) {

  public AuditEntry {
    at = Instants.micros(at);
    detail = detail == null ? "" : detail;
  }
}
