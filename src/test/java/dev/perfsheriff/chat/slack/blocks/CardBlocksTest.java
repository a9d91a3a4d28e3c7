package dev.perfsheriff.chat.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.perfsheriff.chat.slack.SlackButton;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The card always ends with the contract's four buttons, each carrying the summary id. */
class CardBlocksTest {

  @Test
  void theCardHasItsLinesStateAndTheFourButtons() {
    var card =
        new SlackCard(
            SummaryId.of(4711),
            "*Summary 4711*",
            List.of("a", "b"),
            "untriaged",
            SlackButton.TRIAGE);

    var blocks = CardBlocks.blocks(card);

    assertThat(blocks).hasSize(5);
    ActionsBlock actions = (ActionsBlock) blocks.get(blocks.size() - 1);
    assertThat(actions.getElements())
        .map(ButtonElement.class::cast)
        .extracting(ButtonElement::getActionId, ButtonElement::getValue)
        .containsExactly(
            Tuple.tuple("downstream", "4711"),
            Tuple.tuple("cherry_pick", "4711"),
            Tuple.tuple("retrigger", "4711"),
            Tuple.tuple("handoff", "4711"));
    assertThat(CardBlocks.blocksJson(card)).contains("\"action_id\":\"cherry_pick\"");
    assertThat(card.fallbackText()).isEqualTo("*Summary 4711* (untriaged)");
  }

  @Test
  void theMetadataIsTheContractsSummaryEvent() {
    var metadata = CardBlocks.metadata(4711);

    assertThat(metadata.getEventType()).isEqualTo("perf_alert_summary");
    assertThat(metadata.getEventPayload()).containsEntry("summary_id", 4711L);
  }
}
