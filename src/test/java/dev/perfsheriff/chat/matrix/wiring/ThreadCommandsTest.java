package dev.perfsheriff.chat.matrix.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadCommandsTest {

  private static final Optional<SummaryId> THREAD = Optional.of(SummaryId.of(29340));

  private final CommandGrammar grammar = new CommandGrammar(ChatProperties.Commands.defaults());
  private final ThreadCommands threads = new ThreadCommands(grammar, new CommandParser(grammar));

  @ParameterizedTest(name = "in the thread of 29340, \"{0}\" is \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "handoff|handoff 29340",
        "handoff   noisy on windows|handoff 29340 noisy on windows",
        "HANDOFF|HANDOFF 29340",
        "retrigger confirm|retrigger 29340 confirm",
        "retrigger 29340 confirm|retrigger 29340 confirm",
        "pick 116589 116590|pick 29340 116589 116590",
        "pick recommended|pick 29340 recommended",
        "downstream 29338|downstream 29340 29338",
        "round start more data on linux|round start 29340 more data on linux",
        "show|show 29340",
        "quota|quota",
        "help handoff|help handoff",
        "show 11111|show 11111",
        "frobnicate|frobnicate",
        "''|''"
      })
  void fillsInTheThreadsSummaryWhereTheCommandNeedsOne(String typed, String dispatched) {
    assertThat(threads.complete(typed, THREAD)).isEqualTo(dispatched);
  }

  @ParameterizedTest
  @CsvSource({"handoff", "pick 116589", "quota"})
  void outsideACardsThreadCommandsStayAsTyped(String typed) {
    assertThat(threads.complete(typed, Optional.empty())).isEqualTo(typed);
  }
}
