package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import java.util.List;

/**
 * The alerts the bot advises to cherry-pick, each with why, and notes about the summary as a whole
 * (e.g. a pattern across every platform).
 *
 * @param acrossTheBoard a regressed test spans every platform family: one platform is enough
 */
public record PickRecommendation(
    List<Choice> choices, boolean acrossTheBoard, String preferredFamily, List<String> notes) {

  /** One recommended alert and the reason it stands for its test. */
  public record Choice(Alert alert, String reason) {}

  public PickRecommendation {
    choices = List.copyOf(choices);
    notes = List.copyOf(notes);
  }

  public List<AlertId> alertIds() {
    return choices.stream().map(choice -> choice.alert().id()).toList();
  }

  public List<Alert> alerts() {
    return choices.stream().map(Choice::alert).toList();
  }
}
