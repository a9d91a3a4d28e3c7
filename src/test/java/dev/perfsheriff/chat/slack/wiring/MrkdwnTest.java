package dev.perfsheriff.chat.slack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.Block;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MrkdwnTest {

  private static final Person BOB = Person.of("bob", List.of("slack:U0BOB", "matrix:@bob:m.org"));

  @Test
  void rendersEveryInlineAndBlockInSlackSyntax() {
    ChatMessage message =
        ChatMessage.builder()
            .mention(BOB)
            .text(": run ")
            .code("/perf retrigger 7 confirm")
            .text(" for ")
            .strong("summary 7")
            .text(" — ")
            .link("Perfherder", URI.create("https://treeherder.test/perfherder/alerts?id=7&x=1"))
            .bullets(
                List.of(
                    new Block.Paragraph(List.of(new Inline.Text("linux: 4 jobs"))),
                    new Block.Paragraph(List.of(new Inline.Text("mac: 2 jobs")))))
            .block(new Block.Preformatted("a < b"))
            .build();

    assertThat(Mrkdwn.render(message))
        .isEqualTo(
            "<@U0BOB>: run `/perf retrigger 7 confirm` for *summary 7* —"
                + " <https://treeherder.test/perfherder/alerts?id=7&amp;x=1|Perfherder>\n"
                + "• linux: 4 jobs\n• mac: 2 jobs\n"
                + "```a &lt; b```");
  }

  @Test
  void aPersonWithoutSlackIdIsNamedNotMentioned() {
    Person matrixOnly = Person.of("carol", List.of("matrix:@carol:m.org"));
    Person bareMatrixId = Person.of("dave", List.of("@dave:m.org"));

    assertThat(Mrkdwn.mention(matrixOnly)).isEqualTo("@carol");
    assertThat(Mrkdwn.mention(bareMatrixId)).isEqualTo("@dave");
    assertThat(Mrkdwn.mention(Person.ofId("W0GRID"))).isEqualTo("<@W0GRID>");
  }

  /** Whatever text comes in, no control sequence survives, and the entities decode back to it. */
  @Test
  void escapedTextNeverFormsSlackControlSequences() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab <>&|@!#`*_~\n:;/";
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String rendered = Mrkdwn.render(ChatMessage.builder().text(text.toString()).build());
      assertThat(rendered).as("seed %d, text %s", seed, text).doesNotContain("<", ">");
      // Backticks become code spans: compare the text without them.
      assertThat(decode(rendered).replace("`", ""))
          .as("seed %d, text %s", seed, text)
          .isEqualTo(text.toString().replace("`", ""));
    }
  }

  private static String decode(String mrkdwn) {
    return mrkdwn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
