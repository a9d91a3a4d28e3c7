package dev.perfsheriff.chat.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reaction keys stand for the four card actions, with or without the emoji selector. */
class CardActionTest {

  @Test
  void theActionIdsAreTheContractsButtonIds() {
    assertThat(Arrays.stream(CardAction.values()).map(CardAction::id))
        .containsExactly(
            "downstream",
            "cherry_pick",
            "retrigger",
            "handoff",
            "needs_bug",
            "needs_data",
            "link_bug",
            "file_bug",
            "invalid");
  }

  @Test
  void keysMatchWithAndWithoutTheVariationSelector() {
    assertThat(CardAction.ofKey("\u2B07\uFE0F")).contains(CardAction.DOWNSTREAM);
    assertThat(CardAction.ofKey("\u2B07")).contains(CardAction.DOWNSTREAM);
    assertThat(CardAction.ofKey("🍒")).contains(CardAction.CHERRY_PICK);
    assertThat(CardAction.ofKey("🔁")).contains(CardAction.RETRIGGER);
    assertThat(CardAction.ofKey("🤝")).contains(CardAction.HANDOFF);
  }

  @Test
  void otherKeysAreNoAction() {
    assertThat(CardAction.ofKey("👍")).isEmpty();
    assertThat(CardAction.ofKey("")).isEmpty();
    assertThat(CardAction.ofKey(null)).isEmpty();
    assertThat(CardAction.ofKey("🍒🍒")).isEmpty();
  }
}
