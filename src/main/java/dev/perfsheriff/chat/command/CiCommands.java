package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Command.RetriggerJob;
import java.util.List;

/**
 * The CI operations of the protocol (mozci's use cases) that are not tied to a summary. Each
 * previews first and triggers only with {@code confirm}; all count against the quota.
 */
final class CiCommands {

  private CiCommands() {}

  static List<CommandSpec> specs(ChatProperties.Commands limits) {
    int maxTimes = limits.maxTimes();
    return List.of(
        new CommandSpec(
            "retrigger-job",
            List.of("retrigger-job <task-id> <times> [confirm]"),
            Access.SHERIFF,
            "Runs one job again, 1 to " + maxTimes + " times.",
            "retrigger-job fUAKaIdkSF6K1NlOgx7-LA 3 confirm",
            a ->
                new RetriggerJob(
                    taskId(a), a.count("the number of times", 1, maxTimes), a.keyword("confirm"))));
  }

  private static TaskId taskId(Arguments arguments) {
    String word = arguments.word("the task id");
    try {
      return new TaskId(word);
    } catch (IllegalArgumentException e) {
      throw new UsageException("`" + word + "` is not a Taskcluster task id (22 characters).");
    }
  }
}
