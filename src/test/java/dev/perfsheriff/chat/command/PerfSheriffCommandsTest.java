package dev.perfsheriff.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Command.Assign;
import dev.perfsheriff.chat.command.Command.Decide;
import dev.perfsheriff.chat.command.Command.FileBug;
import dev.perfsheriff.chat.command.Command.LinkBug;
import dev.perfsheriff.chat.command.Command.Reopen;
import dev.perfsheriff.chat.command.ParseResult.Invalid;
import dev.perfsheriff.chat.command.ParseResult.Parsed;
import dev.perfsheriff.shared.SummaryId;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The perf sheriff's commands and buttons: every form, every bad input, who may use them. */
class PerfSheriffCommandsTest {

  private static final SummaryId S = SummaryId.of(29340);
  private static final CommandParser PARSER =
      new CommandParser(new CommandGrammar(ChatProperties.Commands.defaults()));

  static Stream<Arguments> validCommands() {
    return Stream.of(
        Arguments.of(
            "decide 29340 needs_bug culprit is clear",
            new Decide(S, dev.perfsheriff.workflow.domain.Command.NEEDS_BUG, "culprit is clear")),
        Arguments.of(
            "decide 29340 NEEDS_DATA",
            new Decide(S, dev.perfsheriff.workflow.domain.Command.NEEDS_DATA, "")),
        Arguments.of(
            "decide 29340 investigating",
            new Decide(S, dev.perfsheriff.workflow.domain.Command.INVESTIGATING, "")),
        Arguments.of(
            "decide 29340 backedout by bug 1900002",
            new Decide(S, dev.perfsheriff.workflow.domain.Command.BACKEDOUT, "by bug 1900002")),
        Arguments.of("reopen 29340", new Reopen(S, "")),
        Arguments.of("reopen 29340 the fix did not help", new Reopen(S, "the fix did not help")),
        Arguments.of("bug 29340 1900001", new LinkBug(S, 1900001)),
        Arguments.of("bug 29340 #1900001", new LinkBug(S, 1900001)),
        Arguments.of(
            "assign 29340 jdoe@mozilla.com", new Assign(S, "mozilla-ldap/jdoe@mozilla.com")),
        Arguments.of(
            "assign 29340 email/jdoe@example.org", new Assign(S, "email/jdoe@example.org")),
        Arguments.of("file-bug 29340", new FileBug(S, OptionalLong.empty())),
        Arguments.of("file-bug 29340 1900001", new FileBug(S, OptionalLong.of(1900001))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCommands")
  void parses(String text, Command expected) {
    assertThat(PARSER.parse(text))
        .isInstanceOfSatisfying(
            Parsed.class, parsed -> assertThat(parsed.command()).isEqualTo(expected));
  }

  static Stream<Arguments> invalidCommands() {
    return Stream.of(
        Arguments.of("decide 29340", "missing the decision"),
        Arguments.of("decide abc needs_bug", "must be a positive number, not `abc`"),
        Arguments.of("decide 29340 maybe", "`maybe` is not a decision; use one of needs_bug,"),
        Arguments.of("decide 29340 reopen", "(or the `reopen` command)"),
        Arguments.of("reopen", "missing the summary id"),
        Arguments.of("bug 29340", "missing the bug number"),
        Arguments.of("bug 29340 0", "the bug number must be a positive number, not `0`"),
        Arguments.of("bug 29340 12ab", "must be a positive number, not `12ab`"),
        Arguments.of("bug 29340 1900001 1900002", "unexpected `1900002`"),
        Arguments.of("assign 29340", "missing the assignee"),
        Arguments.of("assign 29340 jdoe", "`jdoe` is not an email or a Treeherder username"),
        Arguments.of("assign 29340 a@b c", "unexpected `c`"),
        Arguments.of("file-bug 29340 culprit", "must be a positive number, not `culprit`"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCommands")
  void explainsWhatIsWrong(String text, String problem) {
    assertThat(PARSER.parse(text))
        .isInstanceOfSatisfying(
            Invalid.class, invalid -> assertThat(invalid.problem()).containsIgnoringCase(problem));
  }

  @Test
  void onlyPerfSheriffsMayUseThem() {
    for (String name : new String[] {"decide", "reopen", "bug", "assign", "file-bug"}) {
      assertThat(new CommandGrammar(ChatProperties.Commands.defaults()).find(name))
          .as(name)
          .hasValueSatisfying(spec -> assertThat(spec.access()).isEqualTo(Access.PERF_SHERIFF));
    }
  }

  @Test
  void thePerfSheriffsButtonsAreTheirsAloneAndMapToTheTypedCommands() {
    for (ActionId action : ActionId.PERF_SHERIFF) {
      assertThat(ButtonCommands.access(action)).as(action.id()).isEqualTo(Access.PERF_SHERIFF);
    }
    for (ActionId action : ActionId.TRIAGE) {
      assertThat(ButtonCommands.access(action)).as(action.id()).isEqualTo(Access.SHERIFF);
    }
    assertThat(ButtonCommands.commandFor(ActionId.NEEDS_BUG, S))
        .isEqualTo(new Decide(S, dev.perfsheriff.workflow.domain.Command.NEEDS_BUG, ""));
    assertThat(ButtonCommands.commandFor(ActionId.INVALID, S))
        .isEqualTo(new Decide(S, dev.perfsheriff.workflow.domain.Command.INVALID, ""));
    assertThat(ButtonCommands.commandFor(ActionId.FILE_BUG, S))
        .isEqualTo(new FileBug(S, OptionalLong.empty()));
    assertThat(ButtonCommands.commandFor(ActionId.LINK_BUG, S))
        .isEqualTo(new Command.AskBugNumber(S));
  }
}
