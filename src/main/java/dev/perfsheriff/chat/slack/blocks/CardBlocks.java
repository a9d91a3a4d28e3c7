package dev.perfsheriff.chat.slack.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link SlackCard} as Block Kit, with the contract's buttons and metadata. */
public final class CardBlocks {

  /** Message metadata event type of every card (contract). */
  public static final String CARD_EVENT_TYPE = "perf_alert_summary";

  /** The block holding the card's buttons (none once the summary is closed). */
  public static final String ACTIONS_BLOCK_ID = "summary_actions";

  private CardBlocks() {}

  public static List<LayoutBlock> blocks(SlackCard card) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(card.title()))));
    for (String line : card.lines()) {
      blocks.add(section(s -> s.text(markdownText(line))));
    }
    blocks.add(context(c -> c.elements(List.of(markdownText("*State:* " + card.state())))));
    if (!card.buttons().isEmpty()) {
      blocks.add(actions(a -> a.blockId(ACTIONS_BLOCK_ID).elements(buttons(card))));
    }
    return blocks;
  }

  /** The blocks as the JSON array {@code chat.postMessage} and {@code chat.update} accept. */
  public static String blocksJson(SlackCard card) {
    return GsonFactory.createSnakeCase().toJson(blocks(card));
  }

  /** {@code {event_type: "perf_alert_summary", event_payload: {summary_id: <id>}}}. */
  public static Message.Metadata metadata(long summaryId) {
    return new Message.Metadata(CARD_EVENT_TYPE, Map.of("summary_id", summaryId));
  }

  private static List<BlockElement> buttons(SlackCard card) {
    String value = Long.toString(card.summaryId().value());
    return card.buttons().stream()
        .<BlockElement>map(
            b -> button(x -> x.actionId(b.actionId()).text(plainText(b.label())).value(value)))
        .toList();
  }
}
