package dev.perfsheriff.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.ParseResult.Invalid;
import org.junit.jupiter.api.Test;

/** Help is generated from the grammar: every command and button appears, usage matches. */
class HelpTextTest {

  private final CommandGrammar grammar = new CommandGrammar(ChatProperties.Commands.defaults());
  private final HelpText help = new HelpText(grammar);
  private final CommandParser parser = new CommandParser(grammar);

  @Test
  void overviewListsEveryCommandAndButtonWithThePlatformsPrefix() {
    String overview = help.overview(CommandPrefix.BANG).plainText();

    grammar.specs().forEach(spec -> assertThat(overview).contains("!perf " + spec.forms().get(0)));
    for (ActionId action : ActionId.values()) {
      assertThat(overview).contains(action.label()).contains(ButtonCommands.typedAs(action));
    }
    assertThat(help.overview(CommandPrefix.SLASH).plainText()).contains("/perf show <summary-id>");
  }

  @Test
  void everyExampleParsesAsItsOwnCommand() {
    for (CommandSpec spec : grammar.specs()) {
      assertThat(parser.parse(spec.example()))
          .as(spec.example())
          .isInstanceOfSatisfying(
              ParseResult.Parsed.class, parsed -> assertThat(parsed.spec()).isSameAs(spec));
    }
  }

  @Test
  void usageErrorsShowTheProblemAndEveryFormOfTheCommand() {
    Invalid invalid = (Invalid) parser.parse("retrigger abc");

    String reply = help.invalid(invalid, CommandPrefix.SLASH).plainText();

    assertThat(reply)
        .startsWith("The summary id must be a positive number, not `abc`.")
        .contains("Usage:")
        .contains("/perf retrigger <summary-id>")
        .contains("/perf retrigger <summary-id> confirm");
  }

  @Test
  void unknownCommandsPointToHelp() {
    Invalid invalid = (Invalid) parser.parse("frobnicate");

    assertThat(help.invalid(invalid, CommandPrefix.BANG).plainText())
        .isEqualTo(
            "I don't know the command `frobnicate`.\nType `!perf help` to list the commands.");
  }

  @Test
  void limitsFromConfigurationAppearInTheHelp() {
    var grammarOfThree = new CommandGrammar(new ChatProperties.Commands(3, 10, 8));

    CommandSpec pick = grammarOfThree.find("pick").orElseThrow();

    assertThat(new HelpText(grammarOfThree).command(pick, CommandPrefix.BANG).plainText())
        .contains("at most 3")
        .contains("Who: code and perf sheriffs.")
        .contains("Example: `!perf pick 29340 116589 116590`");
    assertThat(new CommandParser(grammarOfThree).parse("pick 1 2 3 4 5"))
        .isInstanceOf(Invalid.class);
  }
}
