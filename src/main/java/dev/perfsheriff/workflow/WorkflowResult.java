package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.List;

/** What every workflow command returns to the chat layer: allowed, or refused with a reason. */
public sealed interface WorkflowResult {

  SummaryId summary();

  /** The sentence to show: the message when allowed, the reason when refused. */
  String text();

  default boolean allowed() {
    return this instanceof Allowed;
  }

  /**
   * The command was carried out.
   *
   * @param state the summary's workflow state afterwards
   * @param followUps further sentences: warnings, plan notes, what was (not) written to Perfherder
   */
  record Allowed(SummaryId summary, WorkflowState state, String message, List<String> followUps)
      implements WorkflowResult {
    public Allowed {
      followUps = List.copyOf(followUps);
    }

    @Override
    public String text() {
      return message;
    }
  }

  /** The command was refused; nothing changed. */
  record Refused(SummaryId summary, String reason) implements WorkflowResult {
    @Override
    public String text() {
      return reason;
    }
  }
}
