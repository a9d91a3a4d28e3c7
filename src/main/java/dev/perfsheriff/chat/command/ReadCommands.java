package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.command.Command.Help;
import dev.perfsheriff.chat.command.Command.History;
import dev.perfsheriff.chat.command.Command.Load;
import dev.perfsheriff.chat.command.Command.OnCall;
import dev.perfsheriff.chat.command.Command.Quota;
import dev.perfsheriff.chat.command.Command.Report;
import dev.perfsheriff.chat.command.Command.Show;
import dev.perfsheriff.shared.Platform;
import java.util.List;
import java.util.Optional;

/** Read-only commands: open to everyone in the channel. */
final class ReadCommands {

  private ReadCommands() {}

  static List<CommandSpec> specs() {
    return List.of(
        new CommandSpec(
            "help",
            List.of("help [<command>]"),
            Access.EVERYONE,
            "Lists the commands and buttons, or explains one command or button.",
            "help round start",
            a -> new Help(optionalRest(a))),
        new CommandSpec(
            "show",
            List.of("show <summary-id>"),
            Access.EVERYONE,
            "Shows the summary's card: alerts, workflow state, picks, plan and data readiness.",
            "show 29340",
            a -> new Show(a.summaryId("the summary id"))),
        new CommandSpec(
            "history",
            List.of("history <summary-id>"),
            Access.EVERYONE,
            "Lists everything the bot and the sheriffs did on the summary, oldest first.",
            "history 29340",
            a -> new History(a.summaryId("the summary id"))),
        new CommandSpec(
            "quota",
            List.of("quota [<platform>]"),
            Access.EVERYONE,
            "Shows the perf jobs used and left in this shift, per platform.",
            "quota windows",
            a -> new Quota(optionalWord(a).map(Platform::of))),
        new CommandSpec(
            "oncall",
            List.of("oncall"),
            Access.EVERYONE,
            "Names the perf sheriff on duty now and in the next shift.",
            "oncall",
            a -> new OnCall()),
        new CommandSpec(
            "load",
            List.of("load"),
            Access.EVERYONE,
            "Shows the pending jobs of the perf hardware pools and whether they are backlogged.",
            "load",
            a -> new Load()),
        new CommandSpec(
            "report",
            List.of("report"),
            Access.EVERYONE,
            "Shows the sheriffing report: open summaries per state, their age, time to bug and"
                + " quota use.",
            "report",
            a -> new Report()));
  }

  /** The rest of the line with single spaces, e.g. {@code round start}; empty if nothing. */
  private static Optional<String> optionalRest(Arguments arguments) {
    String rest = arguments.rest().replaceAll("\\s+", " ");
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  private static Optional<String> optionalWord(Arguments arguments) {
    return arguments.hasMore() ? Optional.of(arguments.word("a word")) : Optional.empty();
  }
}
