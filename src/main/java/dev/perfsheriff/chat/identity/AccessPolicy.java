package dev.perfsheriff.chat.identity;

import dev.perfsheriff.chat.command.Access;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.Role;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an actor may use a command or button, and words the refusal. Checked on every
 * command and click, not only when buttons are shown (lesson 6 of the chat-ops anchors).
 */
public final class AccessPolicy {

  private final Roles roles;

  public AccessPolicy(Roles roles) {
    this.roles = roles;
  }

  /** Empty when allowed; otherwise the polite refusal to send the actor privately. */
  public Optional<ChatMessage> refusal(Actor actor, Access access, String what) {
    Set<Role> held = roles.rolesOf(actor);
    boolean allowed =
        switch (access) {
          case EVERYONE -> true;
          case SHERIFF -> !held.isEmpty();
          case PERF_SHERIFF -> held.contains(Role.PERF_SHERIFF);
        };
    if (allowed) {
      return Optional.empty();
    }
    if (held.isEmpty()) {
      return Optional.of(unknown(actor, what));
    }
    return Optional.of(
        ChatMessage.builder()
            .text("Sorry " + actor.displayName() + ", ")
            .code(what)
            .text(" is for " + access.who() + ", and you are configured as a code sheriff only.")
            .build());
  }

  private static ChatMessage unknown(Actor actor, String what) {
    return ChatMessage.builder()
        .text("Sorry " + actor.displayName() + ", I don't know you as a sheriff, so I can't run ")
        .code(what)
        .text(" for you. Everyone can use the read-only commands (see ")
        .code("help")
        .text("). To act, ask the bot's maintainers to add ")
        .code(actor.qualifiedId())
        .text(" to perfsheriff.sheriffs.code or perfsheriff.sheriffs.perf.")
        .build();
  }
}
