package dev.perfsheriff.chat.slack.blocks;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Map;

/**
 * The Handoff button's modal: one line for the note to the perf sheriff. The input is optional
 * because the protocol allows a handoff without a note after a round; where it needs one (an
 * untriaged summary nothing could be retriggered for) the workflow refuses and says why. The
 * summary and the card's place travel in the private metadata, as in {@link CherryPickModal}.
 */
public final class HandoffNoteModal {

  public static final String CALLBACK_ID = "handoff_note_modal";
  static final String BLOCK_ID = "note";
  static final String ACTION_ID = "handoff_note";

  private HandoffNoteModal() {}

  public static View modal(SummaryId summary, String channelId, String threadTs) {
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(ModalMetadata.encode(summary.value(), channelId, threadTs))
                .title(viewTitle(t -> t.type("plain_text").text("Hand off")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Hand off")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId(BLOCK_ID)
                                    .optional(true)
                                    .label(
                                        plainText(
                                            "Note to the perf sheriff about summary " + summary))
                                    .hint(
                                        plainText(
                                            "Goes into the handoff ping and the summary's notes"
                                                + " in Perfherder."))
                                    .element(
                                        plainTextInput(
                                            p -> p.actionId(ACTION_ID).maxLength(500)))))));
  }

  /** Reads a submitted modal: the summary, the card it was opened from and the note (maybe ""). */
  public static Submission read(View view) {
    List<String> fields = ModalMetadata.decode(view.getPrivateMetadata(), 3, "handoff note");
    return new Submission(
        SummaryId.of(Long.parseLong(fields.get(0))), fields.get(1), fields.get(2), note(view));
  }

  /** One line: the note becomes one notes line in Perfherder. */
  private static String note(View view) {
    ViewState state = view.getState();
    if (state == null || state.getValues() == null) {
      return "";
    }
    ViewState.Value value = state.getValues().getOrDefault(BLOCK_ID, Map.of()).get(ACTION_ID);
    return value == null || value.getValue() == null
        ? ""
        : value.getValue().strip().replaceAll("\\s+", " ");
  }

  public record Submission(SummaryId summaryId, String channelId, String threadTs, String note) {}
}
