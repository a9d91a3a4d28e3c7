package dev.perfsheriff.chat.matrix.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.matrix.FormattedText;
import dev.perfsheriff.chat.message.Block;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChatMessageRendererTest {

  private static final Person BOB = Person.of("bob", List.of("matrix:@bob:mozilla.org", "U42"));
  private static final Person CAROL = Person.of("carol", List.of("slack:U7"));

  private final ChatMessageRenderer renderer = new ChatMessageRenderer();

  @Test
  void rendersEveryBlockAndInlineWithEscapedText() {
    ChatMessage message =
        ChatMessage.builder()
            .text("Plan for <b>you</b> & `retrigger 1 confirm`")
            .endParagraph()
            .bullets(List.of(new Block.Paragraph(List.of(new Inline.Strong("linux \"x\"")))))
            .block(new Block.Preformatted("a < b"))
            .link("graph", URI.create("https://treeherder.test/g?a=1&b=2"))
            .link("bad", URI.create("javascript:alert(1)"))
            .build();

    FormattedText text = renderer.render(message);

    assertThat(text.html())
        .isEqualTo(
            "<p>Plan for &lt;b&gt;you&lt;/b&gt; &amp; <code>retrigger 1 confirm</code></p>"
                + "<ul><li><strong>linux &quot;x&quot;</strong></li></ul>"
                + "<pre><code>a &lt; b</code></pre>"
                + "<p><a href=\"https://treeherder.test/g?a=1&amp;b=2\">graph</a>"
                + "bad &lt;javascript:alert(1)&gt;</p>");
    assertThat(text.body())
        .isEqualTo(
            "Plan for <b>you</b> & `retrigger 1 confirm`\n• linux \"x\"\na < b\n"
                + "graph <https://treeherder.test/g?a=1&b=2>bad <javascript:alert(1)>");
    assertThat(text.mentions()).isEmpty();
  }

  @Test
  void mentionsBecomePillsAndMentionsOnlyForMatrixIds() {
    FormattedText text =
        renderer.render(
            ChatMessage.builder().mention(BOB).text(" and ").mention(CAROL).text(": hi").build());

    assertThat(text.mentions()).containsExactly("@bob:mozilla.org");
    assertThat(text.html())
        .isEqualTo(
            "<p><a href=\"https://matrix.to/#/@bob:mozilla.org\">@bob:mozilla.org</a>"
                + " and @carol: hi</p>");
    assertThat(text.body()).isEqualTo("@bob:mozilla.org and @carol: hi");
  }

  @Test
  void addressingPutsThePillInFrontOnce() {
    FormattedText addressed = renderer.addressedTo("@mallory:evil.test", ChatMessage.text("Sorry"));
    assertThat(addressed.body()).isEqualTo("@mallory:evil.test: Sorry");
    assertThat(addressed.html())
        .isEqualTo(
            "<p><a href=\"https://matrix.to/#/@mallory:evil.test\">@mallory:evil.test</a>:"
                + " Sorry</p>");
    assertThat(addressed.mentions()).containsExactly("@mallory:evil.test");

    FormattedText already =
        renderer.addressedTo("@bob:mozilla.org", ChatMessage.builder().mention(BOB).build());
    assertThat(already.mentions()).containsExactly("@bob:mozilla.org");
    assertThat(already.body()).isEqualTo("@bob:mozilla.org");
  }

  @Test
  void noTextEverLeavesAnUnescapedTagInTheHtml() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "<>&\"'`ab /";
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String html = renderer.render(ChatMessage.text(text.toString())).html();
      String withoutOwnTags = html.replaceAll("</?(p|code)>", "");
      assertThat(withoutOwnTags).as("seed %d, text %s", seed, text).doesNotContain("<", ">", "\"");
    }
  }
}
