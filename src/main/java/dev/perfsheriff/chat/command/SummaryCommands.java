package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Command.Backfill;
import dev.perfsheriff.chat.command.Command.Downstream;
import dev.perfsheriff.chat.command.Command.Handoff;
import dev.perfsheriff.chat.command.Command.Note;
import dev.perfsheriff.chat.command.Command.Pick;
import dev.perfsheriff.chat.command.Command.PickRecommended;
import dev.perfsheriff.chat.command.Command.Retrigger;
import dev.perfsheriff.chat.command.Command.Unpick;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The commands a code sheriff uses on one summary: the card's actions and their text forms. */
final class SummaryCommands {

  private static final String SUMMARY = "the summary id";

  private SummaryCommands() {}

  static List<CommandSpec> specs(ChatProperties.Commands limits) {
    return List.of(
        new CommandSpec(
            "downstream",
            List.of("downstream <summary-id> [<upstream-summary-id>] [force]"),
            Access.SHERIFF,
            "Marks the summary downstream of another one, which must have the same framework, be"
                + " on another repository and be created up to 24 h before (a perf sheriff may"
                + " `force` it); without an upstream, accepts the bot's suggestion.",
            "downstream 29340 29338",
            SummaryCommands::downstream),
        new CommandSpec(
            "pick",
            List.of(
                "pick <summary-id> <alert-id> [<alert-id> ...]", "pick <summary-id> recommended"),
            Access.SHERIFF,
            "Replaces the summary's cherry-picked alerts (at most "
                + limits.maxPicks()
                + "), or picks the bot's recommendation.",
            "pick 29340 116589 116590",
            a -> pick(a, limits.maxPicks())),
        new CommandSpec(
            "unpick",
            List.of("unpick <summary-id> [<alert-id> ...]"),
            Access.SHERIFF,
            "Removes alerts from the picks; without alert ids, clears every pick.",
            "unpick 29340 116590",
            a -> new Unpick(a.summaryId(SUMMARY), alertIds(a))),
        new CommandSpec(
            "retrigger",
            List.of("retrigger <summary-id>", "retrigger <summary-id> confirm"),
            Access.SHERIFF,
            "Shows the round's plan (jobs per platform, quota left); with `confirm`, triggers"
                + " it (a dry run without Taskcluster credentials).",
            "retrigger 29340 confirm",
            a -> new Retrigger(a.summaryId(SUMMARY), a.keyword("confirm"))),
        new CommandSpec(
            "backfill",
            List.of("backfill <summary-id> [<alert-id>] [confirm]"),
            Access.SHERIFF,
            "Shows the backfills of the revisions around the picks (or one alert) where the job"
                + " did not run; with `confirm`, triggers them.",
            "backfill 29340 116589",
            SummaryCommands::backfill),
        new CommandSpec(
            "handoff",
            List.of("handoff <summary-id> [note text]"),
            Access.SHERIFF,
            "Hands the summary to the perf sheriff on duty (pinged in the thread) with an"
                + " optional note.",
            "handoff 29340 noisy on windows, please double-check",
            a -> new Handoff(a.summaryId(SUMMARY), a.rest())),
        new CommandSpec(
            "note",
            List.of("note <summary-id> <text>"),
            Access.SHERIFF,
            "Adds a line to the summary's notes, signed with your chat name.",
            "note 29340 retriggered twice on both branches, unsure about downstream",
            a -> new Note(a.summaryId(SUMMARY), a.requiredRest("the note text"))));
  }

  private static Command downstream(Arguments arguments) {
    SummaryId summary = arguments.summaryId(SUMMARY);
    if (!arguments.hasMore()) {
      return new Downstream(summary, Optional.empty());
    }
    SummaryId upstream = arguments.summaryId("the upstream summary id");
    return new Downstream(summary, Optional.of(upstream), arguments.keyword("force"));
  }

  private static Command pick(Arguments arguments, int maxPicks) {
    SummaryId summary = arguments.summaryId(SUMMARY);
    if (arguments.keyword("recommended")) {
      return new PickRecommended(summary);
    }
    List<AlertId> alerts = alertIds(arguments);
    if (alerts.isEmpty()) {
      throw new UsageException("missing the alert ids to pick (or `recommended`).");
    }
    if (alerts.size() > maxPicks) {
      throw new UsageException(
          "at most " + maxPicks + " alerts can be picked, you named " + alerts.size() + ".");
    }
    return new Pick(summary, alerts);
  }

  private static Command backfill(Arguments arguments) {
    SummaryId summary = arguments.summaryId(SUMMARY);
    Optional<AlertId> alert = Optional.empty();
    if (arguments.hasMore() && !arguments.peek().equalsIgnoreCase("confirm")) {
      alert = Optional.of(arguments.alertId("the alert id"));
    }
    return new Backfill(summary, alert, arguments.keyword("confirm"));
  }

  /** The remaining words as distinct alert ids, in the order given. */
  private static List<AlertId> alertIds(Arguments arguments) {
    LinkedHashSet<AlertId> alerts = new LinkedHashSet<>();
    while (arguments.hasMore()) {
      AlertId alert = arguments.alertId("an alert id");
      if (!alerts.add(alert)) {
        throw new UsageException("alert " + alert + " is named twice.");
      }
    }
    return new ArrayList<>(alerts);
  }
}
