package dev.perfsheriff.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandPrefixTest {

  @Test
  void slashCommandsHandOverTheTextAfterTheCommand() {
    assertThat(CommandPrefix.SLASH.commandText("  show 29340 ")).contains("show 29340");
    assertThat(CommandPrefix.SLASH.commandText("")).contains("");
    assertThat(CommandPrefix.SLASH.commandText(null)).contains("");
  }

  @Test
  void bangMessagesMustStartWithThePrefixAndAWordBreak() {
    assertThat(CommandPrefix.BANG.commandText("!perf show 29340")).contains("show 29340");
    assertThat(CommandPrefix.BANG.commandText("  !PERF\tshow 29340")).contains("show 29340");
    assertThat(CommandPrefix.BANG.commandText("!perf")).contains("");
    assertThat(CommandPrefix.BANG.commandText("!perfect day")).isEmpty();
    assertThat(CommandPrefix.BANG.commandText("nice work on !perf show")).isEmpty();
    assertThat(CommandPrefix.BANG.commandText("show 29340")).isEmpty();
  }

  @Test
  void commandsAreQuotedBackInThePlatformsForm() {
    assertThat(CommandPrefix.SLASH.shown("help")).isEqualTo("/perf help");
    assertThat(CommandPrefix.BANG.shown("help")).isEqualTo("!perf help");
  }
}
