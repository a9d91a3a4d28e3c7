package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.slack.blocks.CherryPickChoice;
import dev.perfsheriff.chat.slack.blocks.CherryPickModal;
import dev.perfsheriff.chat.slack.blocks.CherryPickRequest;
import dev.perfsheriff.chat.slack.inbound.SlackButtonClick;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.PickRecommendation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Cherry-pick button on Slack: instead of picking the recommendation outright, it opens the
 * modal listing the summary's alerts with the recommended ones pre-selected, so the sheriff sees
 * and can change what gets picked (opened through {@link ModalOpener}); the submission becomes a
 * {@code pick} command.
 */
final class CherryPickOpener {

  private final ModalOpener modals;
  private final WorkflowService workflow;
  private final int maxPicks;

  CherryPickOpener(ModalOpener modals, WorkflowService workflow, int maxPicks) {
    this.modals = modals;
    this.workflow = workflow;
    this.maxPicks = maxPicks;
  }

  void open(Actor actor, SlackButtonClick click) {
    modals.open(
        actor,
        click,
        () -> request(click).map(CherryPickModal::modal),
        "I can't read its alerts",
        problem -> typeInstead(click.summaryId(), problem));
  }

  private Optional<CherryPickRequest> request(SlackButtonClick click) {
    SummaryId id = click.summaryId();
    return workflow
        .show(id)
        .flatMap(
            view ->
                view.summary()
                    .map(
                        summary ->
                            new CherryPickRequest(
                                id,
                                choices(summary, recommended(view.recommended())),
                                maxPicks,
                                click.origin().channelId(),
                                click.origin().threadTs())))
        .filter(request -> !request.choices().isEmpty());
  }

  private static Set<AlertId> recommended(Optional<PickRecommendation> recommendation) {
    return recommendation.map(r -> Set.copyOf(r.alertIds())).orElse(Set.of());
  }

  private static List<CherryPickChoice> choices(AlertSummary summary, Set<AlertId> recommended) {
    return summary.alerts().stream()
        .map(
            alert ->
                new CherryPickChoice(alert.id(), label(alert), recommended.contains(alert.id())))
        .toList();
  }

  /**
   * e.g. {@code 123 · +12.3% tp5n windows11-64-shippable}: plain text; the id and change come first
   * because Slack cuts labels at 75 characters.
   */
  static String label(Alert alert) {
    return String.format(
        Locale.ROOT,
        "%d · %s%.1f%% %s %s",
        alert.id().value(),
        alert.regression() ? "+" : "−",
        alert.amountPct(),
        alert.testName(),
        alert.machinePlatform());
  }

  private static ChatMessage typeInstead(SummaryId summary, String problem) {
    return ChatMessage.builder()
        .text(problem + " for summary " + summary + " right now. Pick by typing ")
        .code(CommandPrefix.SLASH.shown("pick " + summary + " <alert-id> ..."))
        .text(" or take the recommendation with ")
        .code(CommandPrefix.SLASH.shown("pick " + summary + " recommended"))
        .text(".")
        .build();
  }
}
