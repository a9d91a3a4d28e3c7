package dev.perfsheriff.chat.dispatch;

import static dev.perfsheriff.chat.dispatch.ChatFixtures.ALICE;
import static dev.perfsheriff.chat.dispatch.ChatFixtures.BOB;
import static dev.perfsheriff.chat.dispatch.ChatFixtures.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.command.CommandSpec;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.port.Reply.Visibility;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Role;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Text and clicks in, one reply out: parsing, roles, routing, and no exception ever escaping. */
class ChatDispatcherTest {

  private static final MessageRef CARD = new MessageRef("console", "sheriffs", "17");
  private final CommandGrammar grammar = ChatFixtures.grammar();
  private final RecordingHandlers handlers = new RecordingHandlers();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ChatDispatcher dispatcher =
      new ChatDispatcher(
          new CommandParser(grammar),
          new HelpText(grammar),
          ChatFixtures.roles(),
          handlers.routes(
              new HelpHandler(grammar),
              new OnCallHandler(
                  ChatFixtures.rotation(), ChatFixtures.clockAt(ChatFixtures.MONDAY_NOON))),
          new BotMetrics(meters, ChatFixtures.clockAt(ChatFixtures.MONDAY_NOON)));

  @Test
  void aSheriffsCommandReachesItsHandlerTypedAndAttributed() {
    Reply reply = typed(ALICE, "!perf pick 29340 116589");

    assertThat(handlers.received)
        .containsExactly(
            new Command.Pick(
                SummaryId.of(29340), java.util.List.of(dev.perfsheriff.shared.AlertId.of(116589))));
    assertThat(handlers.contexts.get(0).actor()).isEqualTo(ALICE);
    assertThat(handlers.contexts.get(0).roles()).containsExactly(Role.CODE_SHERIFF);
    assertThat(reply.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(reply.summary()).contains(SummaryId.of(29340));
    assertThat(
            meters
                .get(BotMetrics.ACTIONS)
                .tags("action", "pick", "outcome", "done")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void everyExampleOfTheGrammarIsAnsweredForAPerfSheriff() {
    for (CommandSpec spec : grammar.specs()) {
      Reply reply = typed(BOB, "!perf " + spec.example());
      assertThat(reply.message().plainText())
          .as(spec.name())
          .doesNotContain("Sorry")
          .doesNotContain("not available")
          .isNotBlank();
    }
    assertThat(handlers.received).hasSize(grammar.specs().size() - 2);
  }

  @Test
  void strangersMayReadButNotAct() {
    assertThat(typed(STRANGER, "!perf show 29340").message().plainText()).isEqualTo("handled Show");
    Reply refusal = typed(STRANGER, "!perf retrigger 29340 confirm");

    assertThat(refusal.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(refusal.message().plainText()).startsWith("Sorry Mallory, I don't know you");
    assertThat(handlers.received).containsExactly(new Command.Show(SummaryId.of(29340)));
  }

  @Test
  void codeSheriffsCannotRecordCases() {
    Reply refusal = typed(ALICE, "!perf case 29340 bimodal");

    assertThat(refusal.message().plainText()).contains("`case` is for perf sheriffs");
    assertThat(handlers.received).isEmpty();
  }

  @Test
  void badInputGetsTheProblemAndTheUsagePrivately() {
    Reply reply = typed(ALICE, "!perf pick 29340 1 2 3 4 5 6");

    assertThat(reply.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(reply.message().plainText())
        .startsWith("At most 5 alerts can be picked, you named 6.")
        .contains("!perf pick <summary-id> <alert-id> [<alert-id> ...]");
    assertThat(handlers.received).isEmpty();
  }

  @Test
  void slashCommandsAreAnsweredInTheirOwnForm() {
    Reply reply = dispatch(ChatRequest.typed(ALICE, "show", CARD, CommandPrefix.SLASH));

    assertThat(reply.message().plainText()).contains("/perf show <summary-id>");
  }

  @Test
  void chatterNotAddressedToTheBotIsIgnoredButAnEmptyCommandGetsHelp() {
    assertThat(
            dispatcher.dispatch(
                ChatRequest.typed(ALICE, "perf looks bad", CARD, CommandPrefix.BANG)))
        .isEmpty();
    assertThat(typed(STRANGER, "!perf").message().plainText()).startsWith("Commands:");
  }

  @Test
  void buttonsRunTheirCommandForTheSummary() {
    for (ActionId action : ActionId.values()) {
      dispatch(ChatRequest.pressed(ALICE, action.id(), "29340", CARD, CommandPrefix.SLASH));
    }

    SummaryId summary = SummaryId.of(29340);
    assertThat(handlers.received)
        .containsExactly(
            new Command.Downstream(summary, Optional.empty()),
            new Command.PickRecommended(summary),
            new Command.Retrigger(summary, false),
            new Command.AskHandoffNote(summary));
  }

  @Test
  void strangersPressingButtonsAreRefused() {
    Reply reply =
        dispatch(ChatRequest.pressed(STRANGER, "retrigger", "1", CARD, CommandPrefix.BANG));

    assertThat(reply.message().plainText()).contains("can't run `retrigger`");
    assertThat(handlers.received).isEmpty();
  }

  @Test
  void unknownButtonsAndMissingSummaryIdsAreExplained() {
    assertThat(
            dispatch(ChatRequest.pressed(ALICE, "snooze", "1", CARD, CommandPrefix.SLASH))
                .message()
                .plainText())
        .isEqualTo("That button (snooze) is not one I know; try `help`.");
    assertThat(
            dispatch(ChatRequest.pressed(ALICE, "handoff", "abc", CARD, CommandPrefix.SLASH))
                .message()
                .plainText())
        .isEqualTo(
            "The Hand off button did not say which summary it is for; use /perf handoff"
                + " <summary-id> [note text] instead.");
  }

  @Test
  void aFailingHandlerBecomesASentenceNotAStackTrace() {
    Reply reply = typed(BOB, "!perf retrigger-job fUAKaIdkSF6K1NlOgx7-LA 7");

    assertThat(reply.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(reply.message().plainText())
        .isEqualTo("Sorry, `retrigger-job` failed unexpectedly. The details are in the bot's log.");
  }

  @Test
  void helpExplainsFamiliesButtonsAndUnknownTopics() {
    assertThat(typed(ALICE, "!perf help round").message().plainText())
        .contains(
            "!perf round start <summary-id> [revisions <n>] [points <k>] [alerts <alert-id> ...]"
                + " [purpose]")
        .contains("!perf round retry <summary-id>")
        .contains("!perf round complete <summary-id> [<round>]");
    assertThat(typed(ALICE, "!perf help cherry_pick").message().plainText())
        .contains("Same as `!perf pick <summary-id> recommended`");
    assertThat(typed(ALICE, "!perf help round  complete").message().plainText())
        .contains("!perf round complete <summary-id> [<round>]")
        .doesNotContain("round start");
    assertThat(typed(ALICE, "!perf help nope").message().plainText())
        .startsWith("There is no command or button called `nope`.")
        .contains("Commands:");
  }

  @Test
  void oncallNamesTheSheriffOnDutyWithoutPingingThem() {
    Reply reply = typed(STRANGER, "!perf oncall");

    assertThat(reply.message().plainText())
        .isEqualTo("On duty now (day, Mon 08:00 UTC to Mon 16:00 UTC): bob");
  }

  private Reply typed(Actor actor, String text) {
    return dispatch(ChatRequest.typed(actor, text, CARD, CommandPrefix.BANG));
  }

  private Reply dispatch(ChatRequest request) {
    return dispatcher.dispatch(request).orElseThrow();
  }
}
