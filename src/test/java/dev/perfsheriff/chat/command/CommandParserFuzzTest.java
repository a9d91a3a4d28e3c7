package dev.perfsheriff.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.ParseResult.Invalid;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever is typed, the parser answers with a command or a non-empty explanation, and
 * never throws. Lines are built from the grammar's own words mixed with junk.
 */
class CommandParserFuzzTest {

  private static final CommandGrammar GRAMMAR =
      new CommandGrammar(ChatProperties.Commands.defaults());
  private static final CommandParser PARSER = new CommandParser(GRAMMAR);
  private static final String[] WORDS = {
    "29340",
    "0",
    "-1",
    "#12",
    "116589",
    "confirm",
    "recommended",
    "start",
    "complete",
    "bimodal",
    "fUAKaIdkSF6K1NlOgx7-LA",
    "eaff07d79af3",
    "autoland",
    "99999999999999999999",
    "ü",
    "`",
    "\t",
    "",
    "  ",
    "!perf",
    "/perf",
    "x".repeat(300)
  };

  static LongStream seeds() {
    return new Random().longs(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverThrowsAndAlwaysExplains(long seed) {
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder();
    if (random.nextInt(4) > 0) {
      line.append(GRAMMAR.specs().get(random.nextInt(GRAMMAR.specs().size())).name());
    }
    int words = random.nextInt(6);
    for (int i = 0; i < words; i++) {
      line.append(random.nextBoolean() ? " " : "  ").append(WORDS[random.nextInt(WORDS.length)]);
    }

    ParseResult result = PARSER.parse(line.toString());

    assertThat(result).as("seed %d, line '%s'", seed, line).isNotNull();
    if (result instanceof Invalid invalid) {
      assertThat(invalid.problem()).as("seed %d, line '%s'", seed, line).isNotBlank();
    }
  }
}
