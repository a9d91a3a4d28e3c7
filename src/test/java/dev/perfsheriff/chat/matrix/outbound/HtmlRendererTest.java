package dev.perfsheriff.chat.matrix.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.matrix.MatrixMessage;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain body and HTML from a neutral message; nothing a user typed becomes markup. */
class HtmlRendererTest {

  private final HtmlRenderer renderer = new HtmlRenderer();

  @Test
  void titleLinesAndLinksRenderAsPlainTextAndHtml() {
    MatrixMessage message =
        new MatrixMessage(
            "Summary 7",
            List.of("a < b & c", "second"),
            List.of(new MatrixMessage.Link("Graph", URI.create("https://example.org/g?a=1&b=2"))));

    HtmlRenderer.Rendered rendered = renderer.render(message);

    assertThat(rendered.body())
        .isEqualTo("Summary 7\na < b & c\nsecond\nGraph: https://example.org/g?a=1&b=2");
    assertThat(rendered.html())
        .isEqualTo(
            "<strong>Summary 7</strong><br>a &lt; b &amp; c<br>second<br>"
                + "<a href=\"https://example.org/g?a=1&amp;b=2\">Graph</a>");
  }

  @Test
  void nonWebLinksAreShownAsTextOnly() {
    MatrixMessage message =
        new MatrixMessage(
            "", List.of(), List.of(new MatrixMessage.Link("x", URI.create("javascript:alert(1)"))));

    assertThat(renderer.render(message).html())
        .doesNotContain("<a")
        .contains("x: javascript:alert(1)");
  }

  @Test
  void pingsStartWithAMatrixToPillPerUser() {
    HtmlRenderer.Rendered ping =
        renderer.renderPing(
            List.of("@ps:mozilla.org", "@cs:mozilla.org"), MatrixMessage.text("Please look"));

    assertThat(ping.body()).isEqualTo("@ps:mozilla.org, @cs:mozilla.org: Please look");
    assertThat(ping.html())
        .isEqualTo(
            "<a href=\"https://matrix.to/#/@ps:mozilla.org\">@ps:mozilla.org</a>, "
                + "<a href=\"https://matrix.to/#/@cs:mozilla.org\">@cs:mozilla.org</a>: Please look");
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261123L})
  void noTextEverProducesATagOrAnAttributeBreakout(long seed) {
    Random random = new Random(seed);
    String alphabet = "<>&\"' abc/=";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String html = renderer.render(MatrixMessage.text(text.toString())).html();
      assertThat(html).as("seed %d, text %s", seed, text).doesNotContain("<", ">", "\"", "'");
    }
  }
}
