package dev.perfsheriff.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Command.Backfill;
import dev.perfsheriff.chat.command.Command.Downstream;
import dev.perfsheriff.chat.command.Command.Handoff;
import dev.perfsheriff.chat.command.Command.Help;
import dev.perfsheriff.chat.command.Command.History;
import dev.perfsheriff.chat.command.Command.Load;
import dev.perfsheriff.chat.command.Command.Note;
import dev.perfsheriff.chat.command.Command.OnCall;
import dev.perfsheriff.chat.command.Command.Pick;
import dev.perfsheriff.chat.command.Command.PickRecommended;
import dev.perfsheriff.chat.command.Command.Quota;
import dev.perfsheriff.chat.command.Command.RecordCase;
import dev.perfsheriff.chat.command.Command.Report;
import dev.perfsheriff.chat.command.Command.Retrigger;
import dev.perfsheriff.chat.command.Command.RetriggerJob;
import dev.perfsheriff.chat.command.Command.RoundComplete;
import dev.perfsheriff.chat.command.Command.RoundStart;
import dev.perfsheriff.chat.command.Command.Show;
import dev.perfsheriff.chat.command.Command.Unpick;
import dev.perfsheriff.chat.command.ParseResult.Invalid;
import dev.perfsheriff.chat.command.ParseResult.Parsed;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.RoundOptions;
import dev.perfsheriff.workflow.domain.CaseBucket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command form parses to its typed record; every bad input is explained. */
class CommandParserTest {

  private static final SummaryId S = SummaryId.of(29340);
  private static final TaskId TASK = new TaskId("fUAKaIdkSF6K1NlOgx7-LA");
  private static final CommandParser PARSER =
      new CommandParser(new CommandGrammar(ChatProperties.Commands.defaults()));

  static Stream<Arguments> validCommands() {
    return Stream.of(
        // the forms of CONTRACT.md, exactly as written there
        valid("help", new Help(Optional.empty())),
        valid("show 29340", new Show(S)),
        valid("pick 29340 116589", new Pick(S, List.of(AlertId.of(116589)))),
        valid("pick 29340 1 2 3 4 5", new Pick(S, ids(1, 2, 3, 4, 5))),
        valid("retrigger 29340", new Retrigger(S, false)),
        valid("retrigger 29340 confirm", new Retrigger(S, true)),
        valid("downstream 29340", new Downstream(S, Optional.empty())),
        valid("downstream 29340 29338", new Downstream(S, Optional.of(SummaryId.of(29338)))),
        valid(
            "downstream 29340 29338 force",
            new Downstream(S, Optional.of(SummaryId.of(29338)), true)),
        valid("handoff 29340", new Handoff(S, "")),
        valid("handoff 29340 noisy,  please check", new Handoff(S, "noisy,  please check")),
        valid("note 29340 looks bimodal", new Note(S, "looks bimodal")),
        valid("quota", new Quota(Optional.empty())),
        valid("quota Windows", new Quota(Optional.of(Platform.of("windows")))),
        // the rest of the grammar
        valid("help pick", new Help(Optional.of("pick"))),
        valid("help  round   start", new Help(Optional.of("round start"))),
        valid("", new Help(Optional.empty())),
        valid("SHOW #29340", new Show(S)),
        valid("history 29340", new History(S)),
        valid("oncall", new OnCall()),
        valid("load", new Load()),
        valid("report", new Report()),
        valid("pick 29340 recommended", new PickRecommended(S)),
        valid("unpick 29340", new Unpick(S, List.of())),
        valid("unpick 29340 7 8", new Unpick(S, ids(7, 8))),
        valid("backfill 29340", new Backfill(S, Optional.empty(), false)),
        valid("backfill 29340 confirm", new Backfill(S, Optional.empty(), true)),
        valid("backfill 29340 7 confirm", new Backfill(S, Optional.of(AlertId.of(7)), true)),
        valid("round start 29340 more data", new RoundStart(S, RoundOptions.DEFAULT, "more data")),
        valid("round start 29340", new RoundStart(S, RoundOptions.DEFAULT, "")),
        valid(
            "round start 29340 points 6 revisions 3 alerts 11 #12 noisy",
            new RoundStart(
                S,
                new RoundOptions(
                    OptionalInt.of(3), OptionalInt.of(6), List.of(AlertId.of(11), AlertId.of(12))),
                "noisy")),
        valid("round complete 29340", new RoundComplete(S, OptionalInt.empty())),
        valid("round retry 29340", new Command.RoundRetry(S)),
        valid("Round Complete 29340 2", new RoundComplete(S, OptionalInt.of(2))),
        valid("case 29340 bimodal", new RecordCase(S, CaseBucket.BIMODAL, "")),
        valid(
            "case 29340 broken-build build 3 failed",
            new RecordCase(S, CaseBucket.BROKEN_BUILD, "build 3 failed")),
        valid("retrigger-job fUAKaIdkSF6K1NlOgx7-LA 3", new RetriggerJob(TASK, 3, false)),
        valid("retrigger-job fUAKaIdkSF6K1NlOgx7-LA 10 confirm", new RetriggerJob(TASK, 10, true)));
  }

  static Stream<Arguments> invalidCommands() {
    return Stream.of(
        invalid("frobnicate 1", null, "I don't know the command `frobnicate`."),
        invalid("show", "show", "Missing the summary id."),
        invalid("show abc", "show", "The summary id must be a positive number, not `abc`."),
        invalid("show 0", "show", "The summary id must be a positive number, not `0`."),
        invalid("show -5", "show", "The summary id must be a positive number, not `-5`."),
        invalid("show 29340 extra", "show", "Unexpected `extra`."),
        invalid("history", "history", "Missing the summary id."),
        invalid("oncall now", "oncall", "Unexpected `now`."),
        invalid("load x", "load", "Unexpected `x`."),
        invalid("report x", "report", "Unexpected `x`."),
        invalid("quota windows linux", "quota", "Unexpected `linux`."),
        invalid("pick 29340", "pick", "Missing the alert ids to pick (or `recommended`)."),
        invalid("pick 29340 1 2 3 4 5 6", "pick", "At most 5 alerts can be picked, you named 6."),
        invalid("pick 29340 7 7", "pick", "Alert 7 is named twice."),
        invalid("pick 29340 seven", "pick", "An alert id must be a positive number, not `seven`."),
        invalid("pick 29340 recommended 7", "pick", "Unexpected `7`."),
        invalid("unpick x", "unpick", "The summary id must be a positive number, not `x`."),
        invalid("retrigger 29340 now", "retrigger", "Unexpected `now`."),
        invalid("retrigger", "retrigger", "Missing the summary id."),
        invalid("backfill 29340 x", "backfill", "The alert id must be a positive number, not `x`."),
        invalid("backfill 29340 7 confirm x", "backfill", "Unexpected `x`."),
        invalid(
            "downstream 29340 up",
            "downstream",
            "The upstream summary id must be a positive number, not `up`."),
        invalid("downstream 29340 1 2", "downstream", "Unexpected `2`."),
        invalid("handoff", "handoff", "Missing the summary id."),
        invalid("note 29340", "note", "Missing the note text."),
        invalid("note", "note", "Missing the summary id."),
        invalid(
            "round",
            "round start",
            "`round` needs one of: `round start`, `round retry`, `round complete`."),
        invalid("round finish 1", "round start", "`round` needs one of"),
        invalid(
            "round start 29340 points 11",
            "round start",
            "The points per revision must be a whole number from 1 to 10, not `11`."),
        invalid(
            "round complete 29340 0",
            "round complete",
            "The round number must be a whole number at least 1, not `0`."),
        invalid("case 29340", "case", "Missing the bucket (one of broken-build,"),
        invalid("case 29340 flaky", "case", "`flaky` is not a bucket; use one of broken-build,"),
        invalid("retrigger-job", "retrigger-job", "Missing the task id."),
        invalid(
            "retrigger-job abc 3",
            "retrigger-job",
            "`abc` is not a Taskcluster task id (22 characters)."),
        invalid(
            "retrigger-job fUAKaIdkSF6K1NlOgx7-LA 11",
            "retrigger-job",
            "The number of times must be a whole number from 1 to 10, not `11`."),
        invalid(
            "retrigger-job fUAKaIdkSF6K1NlOgx7-LA 0",
            "retrigger-job",
            "The number of times must be a whole number from 1 to 10, not `0`."),
        invalid(
            "retrigger-job fUAKaIdkSF6K1NlOgx7-LA",
            "retrigger-job",
            "Missing the number of times."),
        invalid(
            "baseline mozilla-beta eaff07d79af3 3", null, "I don't know the command `baseline`."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCommands")
  void parses(String line, Command expected) {
    assertThat(PARSER.parse(line))
        .isInstanceOfSatisfying(
            Parsed.class, parsed -> assertThat(parsed.command()).isEqualTo(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCommands")
  void explainsWhatWasWrong(String line, String command, String problem) {
    assertThat(PARSER.parse(line))
        .isInstanceOfSatisfying(
            Invalid.class,
            invalid -> {
              assertThat(invalid.problem()).startsWith(problem);
              assertThat(invalid.spec().map(CommandSpec::name))
                  .isEqualTo(Optional.ofNullable(command));
            });
  }

  private static Arguments valid(String line, Command command) {
    return Arguments.of(line, command);
  }

  private static Arguments invalid(String line, String command, String problem) {
    return Arguments.of(line, command, problem);
  }

  private static List<AlertId> ids(long... ids) {
    return java.util.Arrays.stream(ids).mapToObj(AlertId::of).toList();
  }
}
