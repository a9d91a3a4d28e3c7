package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Command.BackRevisions;
import dev.perfsheriff.chat.command.Command.Baseline;
import dev.perfsheriff.chat.command.Command.RetriggerJob;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CI operations of the protocol (mozci's use cases) that are not tied to a summary. Each
 * previews first and triggers only with {@code confirm}; all count against the quota.
 */
final class CiCommands {

  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9._-]+");

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
                    taskId(a), a.count("the number of times", 1, maxTimes), a.keyword("confirm"))),
        new CommandSpec(
            "back-revisions",
            List.of("back-revisions <task-id> <revisions> [confirm]"),
            Access.SHERIFF,
            "Runs the job at its revision and at the 1 to "
                + limits.maxBackRevisions()
                + " revisions before it.",
            "back-revisions fUAKaIdkSF6K1NlOgx7-LA 3",
            a ->
                new BackRevisions(
                    taskId(a),
                    a.count("the number of revisions", 1, limits.maxBackRevisions()),
                    a.keyword("confirm"))),
        new CommandSpec(
            "baseline",
            List.of("baseline <repository> <revision> <times> [confirm]"),
            Access.PERF_SHERIFF,
            "Runs every perf job 1 to "
                + maxTimes
                + " times at one revision, for a new baseline after an uplift.",
            "baseline mozilla-beta eaff07d79af3 3",
            a ->
                new Baseline(
                    repository(a),
                    revision(a),
                    a.count("the number of times", 1, maxTimes),
                    a.keyword("confirm"))));
  }

  private static TaskId taskId(Arguments arguments) {
    String word = arguments.word("the task id");
    try {
      return new TaskId(word);
    } catch (IllegalArgumentException e) {
      throw new UsageException("`" + word + "` is not a Taskcluster task id (22 characters).");
    }
  }

  private static Repository repository(Arguments arguments) {
    String word = arguments.word("the repository");
    if (!REPOSITORY.matcher(word).matches()) {
      throw new UsageException("`" + word + "` is not a repository name.");
    }
    return Repository.of(word);
  }

  private static Revision revision(Arguments arguments) {
    String word = arguments.word("the revision");
    try {
      return Revision.of(word);
    } catch (IllegalArgumentException e) {
      throw new UsageException("`" + word + "` is not a revision (12 to 40 hex digits).");
    }
  }
}
