package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.command.Command.RecordCase;
import dev.perfsheriff.chat.command.Command.RoundComplete;
import dev.perfsheriff.chat.command.Command.RoundRetry;
import dev.perfsheriff.chat.command.Command.RoundStart;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.domain.CaseBucket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Rounds and workflow cases: the bookkeeping of a summary's investigation. */
final class DutyCommands {

  private static final String SUMMARY = "the summary id";

  private DutyCommands() {}

  static List<CommandSpec> specs() {
    return List.of(
        new CommandSpec(
            "round start",
            List.of(
                "round start <summary-id> [revisions <n>] [points <k>] [alerts <alert-id> ...]"
                    + " [purpose]"),
            Access.SHERIFF,
            "Triggers the summary's next round (the protocol's ±2 revisions and 4 points unless"
                + " told otherwise), with a note on its purpose.",
            "round start 29340 points 6 round 1 was too noisy",
            DutyCommands::roundStart),
        new CommandSpec(
            "round retry",
            List.of("round retry <summary-id>"),
            Access.SHERIFF,
            "Resends what failed or was refused in the summary's latest round (quota-checked"
                + " again; nothing sent is sent twice).",
            "round retry 29340",
            a -> new RoundRetry(a.summaryId(SUMMARY))),
        new CommandSpec(
            "round complete",
            List.of("round complete <summary-id> [<round>]"),
            Access.SHERIFF,
            "Marks the round (by default the pending one) complete; a complete round is final.",
            "round complete 29340 1",
            a -> new RoundComplete(a.summaryId(SUMMARY), round(a))),
        new CommandSpec(
            "case",
            List.of("case <summary-id> <bucket> [note text]"),
            Access.PERF_SHERIFF,
            "Records a workflow case for the monthly review. Buckets: " + bucketWords() + ".",
            "case 29340 more-retriggers-needed round 1 had only 2 points on the culprit",
            DutyCommands::recordCase));
  }

  /**
   * At most 10 revisions either side and 10 points: a backfill reaches at most 25 pushes and runs
   * each at most 10 times (../shared/reference/taskcluster-actions.md §1.5, backfill input schema).
   */
  private static Command roundStart(Arguments arguments) {
    SummaryId summary = arguments.summaryId(SUMMARY);
    OptionalInt revisions = OptionalInt.empty();
    OptionalInt points = OptionalInt.empty();
    List<AlertId> alerts = new ArrayList<>();
    while (true) {
      if (arguments.keyword("revisions")) {
        revisions = OptionalInt.of(arguments.count("the revisions either side", 1, 10));
      } else if (arguments.keyword("points")) {
        points = OptionalInt.of(arguments.count("the points per revision", 1, 10));
      } else if (arguments.keyword("alerts")) {
        alerts.add(arguments.alertId("an alert id"));
        while (arguments.peek().matches("#?\\d+")) {
          alerts.add(arguments.alertId("an alert id"));
        }
      } else {
        break;
      }
    }
    return new RoundStart(summary, new RoundOptions(revisions, points, alerts), arguments.rest());
  }

  private static OptionalInt round(Arguments arguments) {
    return arguments.hasMore()
        ? OptionalInt.of(arguments.count("the round number", 1, Integer.MAX_VALUE))
        : OptionalInt.empty();
  }

  private static Command recordCase(Arguments arguments) {
    SummaryId summary = arguments.summaryId(SUMMARY);
    String word = arguments.word("the bucket (one of " + bucketWords() + ")");
    CaseBucket bucket =
        CaseBucket.fromWord(word)
            .filter(DutyCommands::typable)
            .orElseThrow(
                () ->
                    new UsageException(
                        "`" + word + "` is not a bucket; use one of " + bucketWords() + "."));
    return new RecordCase(summary, bucket, arguments.rest());
  }

  /**
   * A case is typed with its bucket alone, so only buckets that name their kind can be typed; OTHER
   * (which fits every kind) would leave the kind unknown.
   */
  private static boolean typable(CaseBucket bucket) {
    return bucket.kind().isPresent();
  }

  /** Every typable bucket's chat spelling, comma separated (usage replies and help). */
  static String bucketWords() {
    return Arrays.stream(CaseBucket.values())
        .filter(DutyCommands::typable)
        .map(CaseBucket::word)
        .collect(Collectors.joining(", "));
  }
}
