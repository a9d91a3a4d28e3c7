package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.List;

/** The answer to "what would the next round trigger?": a plan to show and confirm, or a refusal. */
public sealed interface RoundProposal {

  /** Which kind of round the plan is. */
  enum Variant {
    /** The protocol's round: reach the target points on the window of each picked alert. */
    USUAL,
    /** Unsure downstream: a few retriggers on this branch and on the upstream candidate's. */
    UNSURE_DOWNSTREAM,
    /** A recognised backout: nothing to trigger, hand it off. */
    NOT_NEEDED
  }

  /**
   * @param alerts the alerts the plan covers
   * @param newPicks true when the alerts are not the summary's picks yet (nothing was picked and
   *     the bot's recommendation was used, or the round's {@code alerts} option named others): the
   *     round stores and stars them as the picks
   */
  record Ready(RetriggerPlan plan, Variant variant, List<AlertId> alerts, boolean newPicks)
      implements RoundProposal {
    public Ready {
      alerts = List.copyOf(alerts);
    }
  }

  /** No plan can be made, and why. */
  record Refused(SummaryId summary, String reason) implements RoundProposal {}
}
