package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChannelPosting;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The console's {@code ChannelPosting} as the scheduled reports use it (found among the platforms'
 * postings by type): a chart in a card's thread is shown inline and served from the database, a CSV
 * in the channel is a download link, a retried post stores nothing twice, and an open page gets
 * each post over its event stream.
 */
@TestPropertySource(properties = "perfsheriff.console.enabled=true")
class ConsoleChannelPostingIT extends IntegrationTest {

  private static final Pattern FILE = Pattern.compile("/console/files/(\\d+)");

  @Autowired List<ChannelPosting> postings;
  @Autowired ConsoleMessages messages;

  private final HttpClient http = HttpClient.newHttpClient();
  private ChannelPosting console;

  @BeforeEach
  void consolePosting() {
    truncate("console_message", "console_file");
    console = postings.stream().filter(p -> p.name().equals("console")).findFirst().orElseThrow();
  }

  @Test
  void aChartInACardsThreadIsShownInlineAndServedAsPng() throws Exception {
    long card = messages.card(4242, "<p>Summary 4242</p>").id();
    byte[] png = png(900, 450);

    try (PageEvents page = new PageEvents(baseUrl(), "guest")) {
      await().until(() -> !page.named("hello").isEmpty());
      console.upload(
          Optional.of(ref(card)),
          ChatFile.png("graph-4242.png", png, "Summary 4242: values per revision"),
          ChatMessage.text("Graph check: 4 of 5 revisions have enough data"),
          "graph-check:2026-03-10T07:00:00Z-0");
      await().atMost(Duration.ofSeconds(10)).until(() -> !page.named("message").isEmpty());
      assertThat(page.named("message").get(0).data())
          .contains("\"root\":" + card)
          .contains("<img src=\\\"/console/files/");
    }

    String feed = get("/console/feed").body();
    String thread = feed.substring(feed.indexOf("id=\"t-" + card + "\""));
    assertThat(thread)
        .contains("Graph check: 4 of 5 revisions have enough data")
        .contains("<figure class=\"file\"><img src=\"/console/files/")
        .contains("alt=\"Summary 4242: values per revision\"");
    HttpResponse<byte[]> served = getBytes(fileIn(thread));
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");
    assertThat(served.body()).isEqualTo(png);
  }

  @Test
  void aReportAndItsCsvInTheChannelAreAMessageAndADownload() throws Exception {
    byte[] csv = "bucket,count\nfixed,3\n".getBytes(StandardCharsets.UTF_8);

    console.post(Optional.empty(), ChatMessage.text("CI load report"), "load-report:a-0");
    console.upload(
        Optional.empty(),
        new ChatFile("review-2026-02.csv", "text/csv", csv, "February"),
        ChatMessage.text("Monthly review"),
        "review:b-0");

    String feed = get("/console/feed").body();
    assertThat(feed).contains("CI load report").contains("Monthly review");
    assertThat(feed)
        .contains("download=\"review-2026-02.csv\">February</a>")
        .doesNotContain("<img");
    HttpResponse<byte[]> served = getBytes(fileIn(feed));
    assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("review-2026-02.csv");
    assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(served.body()).isEqualTo(csv);
    assertThat(
            jdbc.sql("SELECT count(*) FROM console_message WHERE thread_root IS NULL")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aRetriedPostWithTheSameKeyShowsOneMessageAndStoresOneFile() throws Exception {
    ChatFile chart = ChatFile.png("load.png", png(800, 400), "CI load");

    console.upload(Optional.empty(), chart, ChatMessage.text("CI load report"), "load-report:c-0");
    console.upload(Optional.empty(), chart, ChatMessage.text("CI load report"), "load-report:c-0");
    console.post(Optional.empty(), ChatMessage.text("Bug watch"), "bug-watch:d-0");
    console.post(Optional.empty(), ChatMessage.text("Bug watch"), "bug-watch:d-0");

    assertThat(jdbc.sql("SELECT count(*) FROM console_message").query(Integer.class).single())
        .isEqualTo(2);
    assertThat(jdbc.sql("SELECT count(*) FROM console_file").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void anUnknownFileIsNotFound() throws Exception {
    assertThat(getBytes("/console/files/987654").statusCode()).isEqualTo(404);
  }

  private static MessageRef ref(long id) {
    return new MessageRef("console", "channel", Long.toString(id));
  }

  private static String fileIn(String html) {
    Matcher matcher = FILE.matcher(html);
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
