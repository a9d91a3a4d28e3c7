package dev.perfsheriff.chat.matrix;

import static dev.perfsheriff.chat.matrix.MatrixRig.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.chat.matrix.FakeHomeserver.Received;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the bot sends to the room, checked against the Matrix spec's event shapes on a fake
 * homeserver: one card per summary (txnId from the summary id), four seeded reactions, edits,
 * thread replies, pings, redactions, and the outbound queue's waiting and retrying.
 */
class MatrixOutboundIT extends IntegrationTest {

  private static final SummaryId SUMMARY = SummaryId.of(42);
  private static final String SEND = "/_matrix/client/v3/rooms/" + ROOM + "/send/";
  private static final MatrixMessage CARD =
      new MatrixMessage(
          "Summary 42: 3 regressions on autoland",
          List.of("tp6 <loadtime> 12% worse", "Untriaged"),
          List.of(
              new MatrixMessage.Link(
                  "Perfherder",
                  URI.create("https://treeherder.mozilla.org/perfherder/alerts?id=42"))));

  private FakeHomeserver fake;
  private MatrixRig rig;

  @BeforeEach
  void startFake() {
    MatrixRig.truncateTables(jdbc);
    fake = new FakeHomeserver(MatrixRig.BOT, MatrixRig.TOKEN);
    rig = new MatrixRig(fake, jdbc);
  }

  @AfterEach
  void stopFake() {
    rig.close();
    fake.close();
  }

  @Test
  void theCardIsAnHtmlNoticeSentWithATxnIdFromTheSummaryAndCarriesFourSeededReactions()
      throws Exception {
    String card = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));

    List<Received> sends = fake.sends();
    assertThat(sends).hasSize(5);
    assertThat(sends.get(0).method()).isEqualTo("PUT");
    assertThat(sends.get(0).path()).isEqualTo(SEND + "m.room.message/perfsheriff-summary-42-card");
    JsonNode content = sends.get(0).body();
    assertThat(content.path("msgtype").asString()).isEqualTo("m.notice");
    assertThat(content.path("format").asString()).isEqualTo("org.matrix.custom.html");
    assertThat(content.path("body").asString())
        .startsWith("Summary 42: 3 regressions on autoland\ntp6 <loadtime> 12% worse")
        .contains("Perfherder: https://treeherder.mozilla.org/perfherder/alerts?id=42");
    assertThat(content.path("formatted_body").asString())
        .startsWith("<strong>Summary 42: 3 regressions on autoland</strong><br>")
        .contains("tp6 &lt;loadtime&gt; 12% worse")
        .contains(
            "<a href=\"https://treeherder.mozilla.org/perfherder/alerts?id=42\">Perfherder</a>")
        .contains("React: ⬇️ downstream");
    assertThat(content.path("m.mentions").isObject()).isTrue();
    assertThat(content.path("m.mentions").size()).isZero();

    for (int i = 0; i < MatrixOutbound.TRIAGE.size(); i++) {
      CardAction action = MatrixOutbound.TRIAGE.get(i);
      Received seed = sends.get(i + 1);
      assertThat(seed.path())
          .isEqualTo(SEND + "m.reaction/perfsheriff-summary-42-seed-" + action.id());
      JsonNode relation = seed.body().path("m.relates_to");
      assertThat(relation.path("rel_type").asString()).isEqualTo("m.annotation");
      assertThat(relation.path("event_id").asString()).isEqualTo(card);
      assertThat(relation.path("key").asString()).isEqualTo(action.key());
    }
    assertThat(rig.outbound.cardEventId(SUMMARY)).contains(card);
  }

  @Test
  void announcingAgainOrAfterARestartNeverPostsASecondCard() throws Exception {
    String first = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));
    String again = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));
    try (MatrixRig restarted = new MatrixRig(fake, jdbc)) {
      assertThat(await(restarted.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE)))
          .isEqualTo(first);
    }

    assertThat(again).isEqualTo(first);
    assertThat(fake.sends()).filteredOn(r -> r.path().contains("m.room.message")).hasSize(1);
  }

  @Test
  void aCrashBetweenPostingAndRecordingReusesTheTxnIdSoTheRoomStillHasOneCard() throws Exception {
    // The earlier run claimed the card and posted it, then died before storing the event id.
    rig.cards.claim(SUMMARY, ROOM, "perfsheriff-summary-42-card");
    String posted =
        rig.client.send(
            ROOM, "m.room.message", "perfsheriff-summary-42-card", UserEvents.text("x"));

    assertThat(await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE)))
        .isEqualTo(posted);
    assertThat(fake.sends())
        .filteredOn(r -> r.path().contains("m.room.message"))
        .extracting(Received::path)
        .containsOnly(SEND + "m.room.message/perfsheriff-summary-42-card");
    assertThat(fake.timelineSize()).isEqualTo(1 + MatrixOutbound.TRIAGE.size());
  }

  @Test
  void aSendRetriedAfterA5xxReusesItsTxnId() throws Exception {
    await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));
    fake.failNext("/send/m.room.message/", 502, "<html>Bad gateway</html>", Map.of());

    await(rig.outbound.replyInThread(SUMMARY, MatrixMessage.text("Plan: 12 jobs")));

    List<Received> replies = fake.sends().subList(5, fake.sends().size());
    assertThat(replies).hasSize(2);
    assertThat(replies.get(1).path()).isEqualTo(replies.get(0).path());
    assertThat(rig.sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void rateLimitsWaitExactlyAsLongAsTheHomeserverAsks() throws Exception {
    fake.failNext(
        "/send/m.room.message/",
        429,
        "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\",\"retry_after_ms\":2345}",
        Map.of());
    fake.failNext(
        "/send/m.reaction/",
        429,
        "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\"}",
        Map.of("Retry-After", "7"));

    await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));

    assertThat(rig.sleeper.waits()).containsExactly(Duration.ofMillis(2345), Duration.ofSeconds(7));
    List<Received> cardPuts =
        fake.sends().stream().filter(r -> r.path().contains("m.room.message")).toList();
    assertThat(cardPuts).hasSize(2).extracting(Received::path).containsOnly(cardPuts.get(0).path());
    assertThat(fake.timelineSize()).isEqualTo(1 + MatrixOutbound.TRIAGE.size());
  }

  @Test
  void anEditWithThePerfSheriffsActionsSeedsTheirReactionsOnceAndShowsThemInTheLegend()
      throws Exception {
    String card = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));
    List<CardAction> perfSheriff =
        List.of(
            CardAction.NEEDS_BUG,
            CardAction.NEEDS_DATA,
            CardAction.LINK_BUG,
            CardAction.FILE_BUG,
            CardAction.INVALID);

    await(rig.outbound.editCard(SUMMARY, CARD, perfSheriff));
    await(rig.outbound.editCard(SUMMARY, CARD, perfSheriff));

    JsonNode edit =
        fake.sends().stream()
            .filter(r -> r.path().contains("m.room.message") && r.body().has("m.new_content"))
            .findFirst()
            .orElseThrow()
            .body();
    assertThat(edit.path("m.new_content").path("body").asString())
        .contains("React: 🐛 needs bug · 📊 needs data · 🔗 link bug · 📝 file bug · ❌ invalid")
        .doesNotContain("🤝");
    for (CardAction action : perfSheriff) {
      assertThat(fake.sends())
          .filteredOn(
              r -> r.path().endsWith("m.reaction/perfsheriff-summary-42-seed-" + action.id()))
          .isNotEmpty()
          .allSatisfy(
              r ->
                  assertThat(r.body().path("m.relates_to").path("event_id").asString())
                      .isEqualTo(card));
    }
    assertThat(fake.timelineSize()).as("the card, 9 reactions, 2 edits").isEqualTo(1 + 9 + 2);
  }

  @Test
  void aStateChangeIsAReplaceEditOfTheCard() throws Exception {
    String card = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));

    await(
        rig.outbound.editCard(
            SUMMARY,
            new MatrixMessage("Summary 42: downstream", null, null),
            MatrixOutbound.TRIAGE));

    JsonNode edit = last(fake.sends()).body();
    assertThat(edit.path("msgtype").asString()).isEqualTo("m.notice");
    assertThat(edit.path("body").asString()).startsWith("* Summary 42: downstream");
    assertThat(edit.path("m.relates_to").path("rel_type").asString()).isEqualTo("m.replace");
    assertThat(edit.path("m.relates_to").path("event_id").asString()).isEqualTo(card);
    assertThat(edit.path("m.mentions").size()).isZero();
    JsonNode replacement = edit.path("m.new_content");
    assertThat(replacement.path("body").asString()).startsWith("Summary 42: downstream");
    assertThat(replacement.path("format").asString()).isEqualTo("org.matrix.custom.html");
    assertThat(replacement.path("formatted_body").asString())
        .startsWith("<strong>Summary 42: downstream</strong>");
    assertThat(replacement.has("m.relates_to")).isFalse();
    assertThat(replacement.path("m.mentions").isObject()).isTrue();
  }

  @Test
  void repliesGoIntoTheCardsThreadWithAReplyFallback() throws Exception {
    String card = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));

    await(rig.outbound.replyInThread(SUMMARY, MatrixMessage.text("Retriggered 12 jobs")));

    JsonNode relation = last(fake.sends()).body().path("m.relates_to");
    assertThat(relation.path("rel_type").asString()).isEqualTo("m.thread");
    assertThat(relation.path("event_id").asString()).isEqualTo(card);
    assertThat(relation.path("is_falling_back").asBoolean()).isTrue();
    assertThat(relation.path("m.in_reply_to").path("event_id").asString()).isEqualTo(card);
  }

  @Test
  void aPingMentionsThePerfSheriffWithAPillInTheThread() throws Exception {
    String card = await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE));

    await(
        rig.outbound.ping(
            SUMMARY, List.of("@ps:mozilla.org"), MatrixMessage.text("Handed off: please check")));

    JsonNode ping = last(fake.sends()).body();
    assertThat(ping.path("msgtype").asString()).isEqualTo("m.text");
    assertThat(ping.path("m.mentions").path("user_ids").get(0).asString())
        .isEqualTo("@ps:mozilla.org");
    assertThat(ping.path("formatted_body").asString())
        .startsWith("<a href=\"https://matrix.to/#/@ps:mozilla.org\">@ps:mozilla.org</a>: ");
    assertThat(ping.path("body").asString()).startsWith("@ps:mozilla.org: Handed off");
    assertThat(ping.path("m.relates_to").path("event_id").asString()).isEqualTo(card);
  }

  @Test
  void anAnswerToARoomCommandIsARichReplyAndRedactionsCarryTheReason() throws Exception {
    String reply =
        await(
            rig.outbound.reply(
                new ReplyTarget("$cmd:fake.test", Optional.empty()), MatrixMessage.text("Quota")));
    await(rig.outbound.redact(reply, "note withdrawn"));

    List<Received> sent = fake.received();
    JsonNode relation = sent.get(sent.size() - 2).body().path("m.relates_to");
    assertThat(relation.has("rel_type")).isFalse();
    assertThat(relation.path("m.in_reply_to").path("event_id").asString())
        .isEqualTo("$cmd:fake.test");
    Received redaction = last(sent);
    assertThat(redaction.path())
        .startsWith("/_matrix/client/v3/rooms/" + ROOM + "/redact/" + reply + "/");
    assertThat(redaction.body().path("reason").asString()).isEqualTo("note withdrawn");
  }

  @Test
  void aRefusedSendFailsAtOnceAndRepeated5xxGiveUpAfterTheConfiguredAttempts() {
    fake.failNext(
        "/send/", 403, "{\"errcode\":\"M_FORBIDDEN\",\"error\":\"Not in room\"}", Map.of());
    assertThatThrownBy(() -> await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE)))
        .hasMessageContaining("M_FORBIDDEN");
    assertThat(rig.sleeper.waits()).isEmpty();

    for (int i = 0; i < 3; i++) {
      fake.failNext("/send/", 500, "{\"errcode\":\"M_UNKNOWN\"}", Map.of());
    }
    assertThatThrownBy(() -> await(rig.outbound.announce(SUMMARY, CARD, MatrixOutbound.TRIAGE)))
        .hasMessageContaining("HTTP 500");
    assertThat(rig.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aThreadReplyBeforeTheCardExistsFailsWithAClearSentence() {
    assertThatThrownBy(() -> await(rig.outbound.replyInThread(SUMMARY, MatrixMessage.text("x"))))
        .hasMessageContaining("summary 42 has no card in the room yet");
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static String await(java.util.concurrent.CompletableFuture<String> future)
      throws Exception {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }
}
