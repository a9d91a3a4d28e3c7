package dev.perfsheriff.chat.matrix.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.matrix.CardAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every card action of the chat core has a Matrix reaction key that leads back to it (with or
 * without the emoji presentation selector), and {@code bot-commands.md} lists exactly those keys.
 * That each key reaches the dispatcher is {@code MatrixChatWiringIT}'s first test.
 */
class ActionReactionsTest {

  private static final Pattern TABLE_ROW = Pattern.compile("^\\| (\\S+) \\| `([a-z_]+)` \\|$");

  @Test
  void everyActionIdHasAReactionKeyThatMapsBackToIt() {
    for (ActionId action : ActionId.values()) {
      CardAction reaction =
          Arrays.stream(CardAction.values())
              .filter(candidate -> candidate.id().equals(action.id()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(action + " has no reaction key"));
      assertThat(CardAction.ofKey(reaction.key())).contains(reaction);
      assertThat(CardAction.ofKey(reaction.key().replace("\uFE0F", ""))).contains(reaction);
    }
    assertThat(CardAction.values()).hasSameSizeAs(ActionId.values());
  }

  @Test
  void botCommandsListsEveryReactionWithItsButton() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    boolean inMatrix = false;
    for (String line : Files.readAllLines(Path.of("bot-commands.md"))) {
      if (line.startsWith("## ")) {
        inMatrix = line.strip().equals("## Matrix");
      }
      Matcher row = TABLE_ROW.matcher(line);
      if (inMatrix && row.matches()) {
        documented.put(row.group(1), row.group(2));
      }
    }
    Map<String, String> actual = new LinkedHashMap<>();
    for (CardAction action : CardAction.values()) {
      actual.put(action.key(), action.id());
    }
    assertThat(documented).containsExactlyEntriesOf(actual);
    assertThat(List.copyOf(documented.values()))
        .containsExactlyElementsOf(Arrays.stream(ActionId.values()).map(ActionId::id).toList());
  }
}
