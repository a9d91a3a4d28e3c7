package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.command.Command.Assign;
import dev.perfsheriff.chat.command.Command.Decide;
import dev.perfsheriff.chat.command.Command.LinkBug;
import dev.perfsheriff.chat.command.Command.Reopen;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The perf sheriff's commands on a handed-off summary: decisions, bugs, assignee. */
final class PerfSheriffCommands {

  private static final String SUMMARY = "the summary id";

  /** The decisions {@code decide} takes, in the order help lists them. */
  static final List<dev.perfsheriff.workflow.domain.Command> DECISIONS =
      List.of(
          dev.perfsheriff.workflow.domain.Command.NEEDS_BUG,
          dev.perfsheriff.workflow.domain.Command.NEEDS_DATA,
          dev.perfsheriff.workflow.domain.Command.INVALID,
          dev.perfsheriff.workflow.domain.Command.WONTFIX,
          dev.perfsheriff.workflow.domain.Command.FIXED,
          dev.perfsheriff.workflow.domain.Command.BACKEDOUT,
          dev.perfsheriff.workflow.domain.Command.REASSIGNED,
          dev.perfsheriff.workflow.domain.Command.INVESTIGATING);

  /** Treeherder usernames are {@code <auth provider>/<email>}, e.g. mozilla-ldap/x@mozilla.com. */
  private static final Pattern USERNAME = Pattern.compile("([a-z0-9-]+/)?[^\\s/@]+@[^\\s/@]+");

  private static final String LDAP = "mozilla-ldap/";

  private PerfSheriffCommands() {}

  static List<CommandSpec> specs() {
    return List.of(
        new CommandSpec(
            "decide",
            List.of("decide <summary-id> <" + decisionWords("|") + "> [note]"),
            Access.PERF_SHERIFF,
            "Records your decision on a handed-off summary and writes it to Perfherder (status"
                + " and a notes line).",
            "decide 29340 needs_bug culprit is bug 1900001's push",
            PerfSheriffCommands::decide),
        new CommandSpec(
            "reopen",
            List.of("reopen <summary-id> [note]"),
            Access.PERF_SHERIFF,
            "Reopens a closed summary (back to dataready, or untriaged without rounds).",
            "reopen 29340 the backout did not fix it",
            a -> new Reopen(a.summaryId(SUMMARY), a.rest())),
        new CommandSpec(
            "bug",
            List.of("bug <summary-id> <bug-number>"),
            Access.PERF_SHERIFF,
            "Links a Bugzilla bug to the summary in Perfherder.",
            "bug 29340 1900001",
            a -> new LinkBug(a.summaryId(SUMMARY), a.number("the bug number"))),
        new CommandSpec(
            "assign",
            List.of("assign <summary-id> <email or treeherder-username>"),
            Access.PERF_SHERIFF,
            "Assigns the summary in Perfherder; an email is taken as the Mozilla LDAP user"
                + " `mozilla-ldap/<email>`.",
            "assign 29340 jdoe@mozilla.com",
            PerfSheriffCommands::assign),
        new CommandSpec(
            "file-bug",
            List.of("file-bug <summary-id> [<culprit-bug>]"),
            Access.PERF_SHERIFF,
            "Composes the regression bug as Perfherder's template does and files it in Bugzilla"
                + " (then links it); with the culprit's bug, the new bug is regressed by it and"
                + " asks its assignee. Without a Bugzilla API key, answers with a prefilled link.",
            "file-bug 29340 1900001",
            a ->
                new Command.FileBug(
                    a.summaryId(SUMMARY),
                    a.hasMore()
                        ? OptionalLong.of(a.number("the culprit's bug number"))
                        : OptionalLong.empty())));
  }

  private static Command decide(Arguments arguments) {
    var summary = arguments.summaryId(SUMMARY);
    String word = arguments.word("the decision (one of " + decisionWords(", ") + ")");
    var decision =
        decision(word)
            .orElseThrow(
                () ->
                    new UsageException(
                        "`"
                            + word
                            + "` is not a decision; use one of "
                            + decisionWords(", ")
                            + (word.equalsIgnoreCase("reopen") ? " (or the `reopen` command)" : "")
                            + "."));
    return new Decide(summary, decision, arguments.rest());
  }

  private static Optional<dev.perfsheriff.workflow.domain.Command> decision(String word) {
    String wanted = word.toLowerCase(Locale.ROOT);
    return DECISIONS.stream().filter(d -> d.label().equals(wanted)).findFirst();
  }

  private static Command assign(Arguments arguments) {
    var summary = arguments.summaryId(SUMMARY);
    String person = arguments.word("the assignee (an email or a Treeherder username)");
    if (!USERNAME.matcher(person).matches()) {
      throw new UsageException(
          "`"
              + person
              + "` is not an email or a Treeherder username such as mozilla-ldap/x@mozilla.com.");
    }
    return new Assign(summary, person.contains("/") ? person : LDAP + person);
  }

  private static String decisionWords(String separator) {
    return DECISIONS.stream()
        .map(dev.perfsheriff.workflow.domain.Command::label)
        .collect(Collectors.joining(separator));
  }
}
