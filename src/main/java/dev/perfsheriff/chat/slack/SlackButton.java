package dev.perfsheriff.chat.slack;

import java.util.Arrays;
import java.util.Optional;

/** The four buttons on a summary card, by their contract {@code action_id}. */
public enum SlackButton {
  DOWNSTREAM("downstream", "Downstream"),
  CHERRY_PICK("cherry_pick", "Cherry-pick"),
  RETRIGGER("retrigger", "Retrigger"),
  HANDOFF("handoff", "Hand off");

  private final String actionId;
  private final String label;

  SlackButton(String actionId, String label) {
    this.actionId = actionId;
    this.label = label;
  }

  public String actionId() {
    return actionId;
  }

  public String label() {
    return label;
  }

  public static Optional<SlackButton> byActionId(String actionId) {
    return Arrays.stream(values()).filter(b -> b.actionId.equals(actionId)).findFirst();
  }
}
