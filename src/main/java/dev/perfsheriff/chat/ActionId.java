package dev.perfsheriff.chat;

import java.util.Optional;

/**
 * The four buttons of a summary card. Their ids are fixed by the chat contract: Slack buttons carry
 * them as {@code action_id}, Matrix reactions and the console map onto them.
 */
public enum ActionId {
  DOWNSTREAM("downstream", "Downstream", "accept the suggested upstream summary"),
  CHERRY_PICK("cherry_pick", "Cherry-pick", "pick the recommended alerts"),
  RETRIGGER("retrigger", "Retrigger", "preview the round's retriggers and backfills"),
  HANDOFF("handoff", "Hand off", "hand the summary to the perf sheriff on duty");

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
