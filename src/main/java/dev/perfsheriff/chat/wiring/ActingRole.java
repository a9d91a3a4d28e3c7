package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.workflow.domain.Role;

/**
 * The role a person acts in when they hold both: perf sheriff, since the protocol lets perf
 * sheriffs do everything a code sheriff does and more (later rounds, picks in their queue). The
 * dispatcher has already refused people with neither role for commands that need one.
 */
final class ActingRole {

  private ActingRole() {}

  static Role of(CommandContext context) {
    return context.roles().contains(Role.PERF_SHERIFF) ? Role.PERF_SHERIFF : Role.CODE_SHERIFF;
  }
}
