package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.ButtonCommands;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.identity.AccessPolicy;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.slack.blocks.CherryPickChoice;
import dev.perfsheriff.chat.slack.blocks.CherryPickRequest;
import dev.perfsheriff.chat.slack.inbound.SlackButtonClick;
import dev.perfsheriff.chat.slack.outbound.SlackReplies;
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
 * and can change what gets picked. Opened at once (a trigger id lives about 3 seconds); the
 * submission becomes a {@code pick} command.
 */
final class CherryPickOpener {

  private final AccessPolicy access;
  private final WorkflowService workflow;
  private final SlackReplies replies;
  private final SlackReplyDelivery delivery;
  private final int maxPicks;

  CherryPickOpener(
      AccessPolicy access,
      WorkflowService workflow,
      SlackReplies replies,
      SlackReplyDelivery delivery,
      int maxPicks) {
    this.access = access;
    this.workflow = workflow;
    this.replies = replies;
    this.delivery = delivery;
    this.maxPicks = maxPicks;
  }

  void open(Actor actor, SlackButtonClick click) {
    ActionId action = ActionId.CHERRY_PICK;
    Optional<ChatMessage> refusal =
        access.refusal(actor, ButtonCommands.access(action), action.id());
    if (refusal.isPresent()) {
      delivery.privately(click.origin(), refusal.get());
      return;
    }
    Optional<CherryPickRequest> request = request(click);
    if (request.isEmpty()) {
      delivery.privately(click.origin(), typeInstead(click.summaryId(), "I can't read its alerts"));
      return;
    }
    if (!replies.openCherryPick(click.origin().triggerId(), request.get())) {
      delivery.privately(
          click.origin(), typeInstead(click.summaryId(), "Slack did not open the picker"));
    }
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
