package dev.perfsheriff.chat.slack.wiring;

import com.slack.api.model.view.View;
import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.ButtonCommands;
import dev.perfsheriff.chat.identity.AccessPolicy;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.slack.inbound.SlackButtonClick;
import dev.perfsheriff.chat.slack.outbound.SlackReplies;
import dev.perfsheriff.shared.Actor;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A card button that opens a modal instead of acting (Cherry-pick, Handoff): the button's role is
 * checked first, so a refused user never sees the form, and the modal is opened at once (a trigger
 * id lives about 3 seconds). When it cannot open, the sheriff is told privately what to type.
 */
final class ModalOpener {

  private final AccessPolicy access;
  private final SlackReplies replies;
  private final SlackReplyDelivery delivery;

  ModalOpener(AccessPolicy access, SlackReplies replies, SlackReplyDelivery delivery) {
    this.access = access;
    this.replies = replies;
    this.delivery = delivery;
  }

  /**
   * @param view the modal, built only for an allowed user; empty when there is nothing to show
   * @param noView the problem to name when {@code view} is empty
   * @param typeInstead the private answer naming a problem and the command to type instead
   */
  void open(
      Actor actor,
      SlackButtonClick click,
      Supplier<Optional<View>> view,
      String noView,
      Function<String, ChatMessage> typeInstead) {
    ActionId action = SlackChatInbound.actionOf(click.button());
    Optional<ChatMessage> refusal =
        access.refusal(actor, ButtonCommands.access(action), action.id());
    if (refusal.isPresent()) {
      delivery.privately(click.origin(), refusal.get());
      return;
    }
    Optional<View> modal = view.get();
    if (modal.isEmpty()) {
      delivery.privately(click.origin(), typeInstead.apply(noView));
      return;
    }
    if (!replies.openModal(click.origin().triggerId(), modal.get())) {
      delivery.privately(click.origin(), typeInstead.apply("Slack did not open the form"));
    }
  }
}
