package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.Role;
import java.util.Set;

/**
 * What a handler knows about the request besides the command: who asked (to check, audit and sign
 * notes lines with), their roles (already checked against the command's access), and how they typed
 * commands (to quote commands back in their platform's form).
 */
public record CommandContext(ChatRequest request, Set<Role> roles) {

  public CommandContext {
    roles = Set.copyOf(roles);
  }

  public Actor actor() {
    return request.actor();
  }

  public CommandPrefix prefix() {
    return request.prefix();
  }
}
