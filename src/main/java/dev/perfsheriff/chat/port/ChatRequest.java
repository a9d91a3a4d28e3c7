package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.shared.Actor;
import java.util.Optional;

/**
 * Inbound contract: what an adapter hands to the core after verifying and acknowledging a request.
 *
 * @param actor who typed or clicked; their platform is {@link Actor#platform()}
 * @param input the text they typed, or the button they pressed
 * @param where the message the request came from (the card for a button, the thread or conversation
 *     for text); replies that belong nowhere else go there
 * @param prefix how the platform delivered text (see {@link CommandPrefix})
 */
public record ChatRequest(
    Actor actor, Input input, Optional<MessageRef> where, CommandPrefix prefix) {

  /** What the actor did. */
  public sealed interface Input {

    /** Text as received: a slash command's text, or a whole chat message. */
    record Typed(String text) implements Input {}

    /** A card button: its action id and value (the summary id), both as received. */
    record Pressed(String actionId, String value) implements Input {}
  }

  public static ChatRequest typed(
      Actor actor, String text, MessageRef where, CommandPrefix prefix) {
    return new ChatRequest(actor, new Input.Typed(text), Optional.ofNullable(where), prefix);
  }

  public static ChatRequest pressed(
      Actor actor, String actionId, String value, MessageRef card, CommandPrefix prefix) {
    return new ChatRequest(
        actor, new Input.Pressed(actionId, value), Optional.ofNullable(card), prefix);
  }
}
