package dev.perfsheriff.chat.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.matrix.FakeHomeserver.Received;
import dev.perfsheriff.chat.matrix.wiring.MatrixChannelPosting;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Matrix's {@code ChannelPosting} against the fake homeserver: files go to the media repository
 * ({@code POST /_matrix/media/v3/upload}, raw body, {@code Content-Type}, {@code filename} query;
 * answer {@code content_uri}) and are sent as {@code m.image} / {@code m.file} events whose {@code
 * url} is that URI and whose {@code info} carries mimetype, size and, for images, {@code w} /
 * {@code h} (Client-Server API, "m.image"); in a card's thread with {@code rel_type} {@code
 * m.thread}.
 */
class MatrixChannelPostingIT extends IntegrationTest {

  private FakeHomeserver fake;
  private MatrixRig rig;
  private MatrixChannelPosting posting;

  @BeforeEach
  void start() {
    MatrixRig.truncateTables(jdbc);
    fake = new FakeHomeserver(MatrixRig.BOT, MatrixRig.TOKEN);
    rig = new MatrixRig(fake, jdbc);
    posting = new MatrixChannelPosting(rig.outbound);
  }

  @AfterEach
  void stop() {
    rig.close();
    fake.close();
  }

  @Test
  void aChartGoesIntoTheCardsThreadAsAnImageWithItsSize() throws Exception {
    String card =
        rig.outbound
            .announce(SummaryId.of(42), MatrixMessage.text("Summary 42"), MatrixOutbound.TRIAGE)
            .join();
    byte[] png = png(900, 450);

    posting.upload(
        Optional.of(new MessageRef("matrix", MatrixRig.ROOM, card)),
        ChatFile.png("graph-42.png", png, "Summary 42: values per revision"),
        ChatMessage.text("Graph check: 4 of 5 revisions have enough data"),
        "graph-check:2026-03-10T07:00:00Z-0");

    FakeHomeserver.Media stored = fake.media().get(0);
    assertThat(stored.filename()).isEqualTo("graph-42.png");
    assertThat(stored.contentType()).startsWith("image/png");
    assertThat(stored.bytes()).isEqualTo(png);
    List<JsonNode> sent = messagesAfter(card);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).path("body").asString())
        .isEqualTo("Graph check: 4 of 5 revisions have enough data");
    JsonNode image = sent.get(1);
    assertThat(image.path("msgtype").asString()).isEqualTo("m.image");
    assertThat(image.path("url").asString()).isEqualTo(stored.contentUri());
    assertThat(image.path("body").asString()).isEqualTo("Summary 42: values per revision");
    assertThat(image.path("filename").asString()).isEqualTo("graph-42.png");
    assertThat(image.path("info").path("mimetype").asString()).isEqualTo("image/png");
    assertThat(image.path("info").path("size").asLong()).isEqualTo(png.length);
    assertThat(image.path("info").path("w").asInt()).isEqualTo(900);
    assertThat(image.path("info").path("h").asInt()).isEqualTo(450);
    for (JsonNode event : sent) {
      assertThat(event.path("m.relates_to").path("rel_type").asString()).isEqualTo("m.thread");
      assertThat(event.path("m.relates_to").path("event_id").asString()).isEqualTo(card);
    }
  }

  @Test
  void aReportInTheRoomHasNoRelationAndACsvIsAFile() {
    byte[] csv = "bucket,count\nfixed,3\n".getBytes(StandardCharsets.UTF_8);

    posting.post(Optional.empty(), ChatMessage.text("CI load report"), "load-report:a-0");
    posting.upload(
        Optional.empty(),
        new ChatFile("review-2026-02.csv", "text/csv", csv, "February"),
        ChatMessage.text("Monthly review"),
        "review:b-0");

    List<JsonNode> sent = messagesAfter(null);
    assertThat(sent).hasSize(3);
    assertThat(sent).allSatisfy(event -> assertThat(event.has("m.relates_to")).isFalse());
    JsonNode file = sent.get(2);
    assertThat(file.path("msgtype").asString()).isEqualTo("m.file");
    assertThat(file.path("info").path("mimetype").asString()).isEqualTo("text/csv");
    assertThat(file.path("info").has("w")).isFalse();
  }

  @Test
  void aRetriedPostWithTheSameKeySendsNoSecondEvent() throws Exception {
    byte[] png = png(800, 400);
    ChatFile chart = ChatFile.png("load.png", png, "CI load");

    posting.upload(Optional.empty(), chart, ChatMessage.text("CI load report"), "load-report:c-0");
    posting.upload(Optional.empty(), chart, ChatMessage.text("CI load report"), "load-report:c-0");

    // Each event is sent under the same transaction id again, so the room holds it once; the
    // media upload itself has no such key and is repeated, leaving an unused copy.
    assertThat(fake.timelineSize()).isEqualTo(2);
    assertThat(fake.media()).hasSize(2);
  }

  /** The message events the bot sent after {@code card} (all of them when null), in order. */
  private List<JsonNode> messagesAfter(String card) {
    List<Received> sends =
        fake.sends().stream().filter(r -> r.path().contains("/m.room.message/")).toList();
    int skip = card == null ? 0 : 1;
    return sends.stream().skip(skip).map(Received::body).toList();
  }

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
