package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.domain.Role;

/**
 * A workflow command run as the person who asked, in the role they act in, on the chat work pool:
 * the one way the triage and perf sheriff handlers call the workflow and answer its result.
 */
@FunctionalInterface
interface ActorCommand {

  WorkflowResult apply(Actor actor, Role role);

  /** Runs {@code command} for {@code context}'s person and answers as {@link Replies} does. */
  static Reply answer(ChatWork work, CommandContext context, String what, ActorCommand command) {
    return work.answer(
        context, what, () -> Replies.of(command.apply(context.actor(), ActingRole.of(context))));
  }
}
