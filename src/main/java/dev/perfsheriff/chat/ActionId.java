package dev.perfsheriff.chat;

import java.util.List;
import java.util.Optional;

/**
 * The buttons of a summary card. Their ids are fixed by the chat contract: Slack buttons carry them
 * as {@code action_id}, Matrix reactions and the console map onto them. Before the handoff a card
 * carries the code sheriff's four ({@link #TRIAGE}), after it the perf sheriff's ({@link
 * #PERF_SHERIFF}).
 */
public enum ActionId {
  DOWNSTREAM("downstream", "Downstream", "accept the suggested upstream summary"),
  CHERRY_PICK("cherry_pick", "Cherry-pick", "pick the recommended alerts"),
  RETRIGGER("retrigger", "Retrigger", "preview the round's retriggers and backfills"),
  HANDOFF("handoff", "Hand off", "hand the summary to the perf sheriff on duty"),
  NEEDS_BUG("needs_bug", "Needs bug", "decide: enough data, the culprit is clear"),
  NEEDS_DATA("needs_data", "Needs data", "decide: not enough data yet, another round is needed"),
  LINK_BUG("link_bug", "Link bug", "ask for a bug number to link to the summary"),
  FILE_BUG("file_bug", "File bug", "compose the regression bug and file it (or get the link)"),
  INVALID("invalid", "Invalid", "decide: not a real regression");

  /** The code sheriff's buttons, on a card until it is handed off. */
  public static final List<ActionId> TRIAGE = List.of(DOWNSTREAM, CHERRY_PICK, RETRIGGER, HANDOFF);

  /** The perf sheriff's buttons, on a card once it is handed off (perf sheriffs only). */
  public static final List<ActionId> PERF_SHERIFF =
      List.of(NEEDS_BUG, NEEDS_DATA, LINK_BUG, FILE_BUG, INVALID);

  private final String id;
  private final String label;
  private final String effect;

  ActionId(String id, String label, String effect) {
    this.id = id;
    this.label = label;
    this.effect = effect;
  }

  /** The wire id, e.g. {@code cherry_pick}. */
  public String id() {
    return id;
  }

  /** The button's label. */
  public String label() {
    return label;
  }

  /** What pressing it does, in a few words (help and bot-commands.md). */
  public String effect() {
    return effect;
  }

  /** The action for a wire id; empty for anything else. */
  public static Optional<ActionId> fromId(String id) {
    for (ActionId action : values()) {
      if (action.id.equals(id)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
