package dev.perfsheriff.chat.slack.blocks;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cherry-pick modal: a multi-select of the summary's alerts, recommended ones pre-selected. The
 * summary, the limit and the card's place travel in the view's private metadata, so the submission
 * can be checked and routed without any server-side session.
 */
public final class CherryPickModal {

  public static final String CALLBACK_ID = "cherry_pick_modal";
  public static final String BLOCK_ID = "alerts";
  static final String ACTION_ID = "picked_alerts";
  private static final int LABEL_LIMIT = 75;

  private CherryPickModal() {}

  public static View modal(CherryPickRequest request) {
    List<OptionObject> options = request.choices().stream().map(CherryPickModal::toOption).toList();
    List<OptionObject> preselected =
        request.choices().stream()
            .filter(CherryPickChoice::recommended)
            .map(CherryPickModal::toOption)
            .toList();
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(ModalContext.of(request).encode())
                .title(viewTitle(t -> t.type("plain_text").text("Cherry-pick alerts")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Pick")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId(BLOCK_ID)
                                    .label(
                                        plainText(
                                            "Alerts of summary "
                                                + request.summaryId()
                                                + " (at most "
                                                + request.maxPicks()
                                                + ")"))
                                    .element(
                                        multiStaticSelect(
                                            m ->
                                                m.actionId(ACTION_ID)
                                                    .options(options)
                                                    .initialOptions(
                                                        preselected.isEmpty() ? null : preselected)
                                                    .maxSelectedItems(request.maxPicks())))))));
  }

  /** Reads a submitted modal: where it came from and which alerts were picked. */
  public static Submission read(View view) {
    ModalContext context = ModalContext.decode(view.getPrivateMetadata());
    List<AlertId> picked = picked(view.getState());
    return new Submission(context, picked);
  }

  private static List<AlertId> picked(ViewState state) {
    if (state == null || state.getValues() == null) {
      return List.of();
    }
    ViewState.Value value = state.getValues().getOrDefault(BLOCK_ID, Map.of()).get(ACTION_ID);
    if (value == null || value.getSelectedOptions() == null) {
      return List.of();
    }
    return value.getSelectedOptions().stream()
        .map(o -> AlertId.of(Long.parseLong(o.getValue())))
        .toList();
  }

  private static OptionObject toOption(CherryPickChoice choice) {
    String label = choice.label();
    if (label.length() > LABEL_LIMIT) {
      label = label.substring(0, LABEL_LIMIT - 1) + "…";
    }
    return option(plainText(label), Long.toString(choice.alertId().value()));
  }

  /** A read submission; {@link #error()} says what to show in the modal when it is refused. */
  public record Submission(ModalContext context, List<AlertId> picked) {

    public Optional<String> error() {
      if (picked.isEmpty()) {
        return Optional.of("Pick at least one alert.");
      }
      if (picked.size() > context.maxPicks()) {
        return Optional.of(
            "Pick at most " + context.maxPicks() + " alerts; " + picked.size() + " are selected.");
      }
      return Optional.empty();
    }
  }

  /** The modal's private metadata: {@code summary;max;channel;threadTs}. */
  public record ModalContext(SummaryId summaryId, int maxPicks, String channelId, String threadTs) {

    static ModalContext of(CherryPickRequest request) {
      return new ModalContext(
          request.summaryId(), request.maxPicks(), request.channelId(), request.threadTs());
    }

    String encode() {
      return ModalMetadata.encode(summaryId.value(), maxPicks, channelId, threadTs);
    }

    static ModalContext decode(String metadata) {
      List<String> fields = ModalMetadata.decode(metadata, 4, "cherry-pick");
      return new ModalContext(
          SummaryId.of(Long.parseLong(fields.get(0))),
          Integer.parseInt(fields.get(1)),
          fields.get(2),
          fields.get(3));
    }
  }
}
