package dev.perfsheriff.chat.slack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The buttons on a summary card, by their contract {@code action_id}: the code sheriff's four
 * before the handoff, the perf sheriff's five after it.
 */
public enum SlackButton {
  DOWNSTREAM("downstream", "Downstream"),
  CHERRY_PICK("cherry_pick", "Cherry-pick"),
  RETRIGGER("retrigger", "Retrigger"),
  HANDOFF("handoff", "Hand off"),
  NEEDS_BUG("needs_bug", "Needs bug"),
  NEEDS_DATA("needs_data", "Needs data"),
  LINK_BUG("link_bug", "Link bug"),
  FILE_BUG("file_bug", "File bug"),
  INVALID("invalid", "Invalid");

  /** The buttons of a card that is not handed off yet. */
  public static final List<SlackButton> TRIAGE =
      List.of(DOWNSTREAM, CHERRY_PICK, RETRIGGER, HANDOFF);

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
