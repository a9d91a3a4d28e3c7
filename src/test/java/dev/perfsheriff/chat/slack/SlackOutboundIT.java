package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.slack.blocks.CherryPickChoice;
import dev.perfsheriff.chat.slack.blocks.CherryPickModal;
import dev.perfsheriff.chat.slack.blocks.CherryPickRequest;
import dev.perfsheriff.chat.slack.blocks.SlackCard;
import dev.perfsheriff.chat.slack.outbound.SlackFiles;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.chat.slack.outbound.SlackReplies;
import dev.perfsheriff.chat.slack.wiring.SlackChannelPosting;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The outbound queue and direct replies against the stateful fake Slack Web API. */
class SlackOutboundIT extends SlackTransportIntegrationTest {

  @Autowired SlackOutbox outbox;
  @Autowired SlackReplies replies;
  @Autowired SlackFiles files;

  @Test
  void aSummaryIsAnnouncedOnceWithFourButtonsAndTheContractMetadata() {
    assertThat(outbox.announce(card(123, "untriaged"))).isTrue();
    assertThat(outbox.announce(card(123, "untriaged"))).isFalse();

    String ts = awaitCardTs(123);
    List<FakeSlackApi.Call> posts = fake.calls("chat.postMessage");
    assertThat(posts).hasSize(1);
    FakeSlackApi.Call post = posts.get(0);
    assertThat(post.param("channel")).isEqualTo(CHANNEL);
    JsonNode metadata = FakeSlackApi.json(post.param("metadata"));
    assertThat(metadata.path("event_type").asString()).isEqualTo("perf_alert_summary");
    assertThat(metadata.path("event_payload").path("summary_id").asLong()).isEqualTo(123);
    JsonNode actions = actionsBlock(FakeSlackApi.json(post.param("blocks")));
    assertThat(actions.path("elements").valueStream().map(b -> b.path("action_id").asString()))
        .containsExactly("downstream", "cherry_pick", "retrigger", "handoff");
    assertThat(actions.path("elements").valueStream().map(b -> b.path("value").asString()))
        .containsOnly("123");
    assertThat(ts).isEqualTo(fake.messages().get(0).ts());
  }

  @Test
  void editsUpdateTheCardAndEverythingElseGoesIntoItsThreadInOrder() {
    outbox.announce(card(5, "untriaged"));
    outbox.replyInThread(SummaryId.of(5), "Plan: 12 jobs on windows11, 88 left this shift");
    outbox.updateCard(card(5, "data ready"));
    outbox.replyInThreadAndChannel(SummaryId.of(5), "<@UPERF> over to you");

    await().atMost(Duration.ofSeconds(20)).until(() -> fake.calls("chat.update").size() == 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> fake.messages().size() == 3);
    String cardTs = outbox.cardTs(SummaryId.of(5)).orElseThrow();
    FakeSlackApi.Call update = fake.calls("chat.update").get(0);
    assertThat(update.param("ts")).isEqualTo(cardTs);
    assertThat(update.param("blocks")).contains("data ready");
    List<FakeSlackApi.Stored> thread =
        fake.messages().stream().filter(m -> cardTs.equals(m.threadTs())).toList();
    assertThat(thread)
        .extracting(FakeSlackApi.Stored::text)
        .containsExactly("Plan: 12 jobs on windows11, 88 left this shift", "<@UPERF> over to you");
    assertThat(fake.calls("chat.postMessage"))
        .extracting(c -> c.param("reply_broadcast"))
        .containsExactly("0", "0", "1");
  }

  @Test
  void aRateLimitedPostIsRetriedAfterRetryAfterAndPostedOnce() {
    fake.rateLimit("chat.postMessage", 1, 1);

    outbox.announce(card(9, "untriaged"));

    awaitCardTs(9);
    assertThat(fake.calls("chat.postMessage")).hasSize(2);
    assertThat(fake.messages()).hasSize(1);
    assertThat(
            jdbc.sql("SELECT attempts FROM slack_messages WHERE summary_id = 9")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    // The Retry-After pushed the channel's pace: no post to it before then.
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM slack_channel_pace WHERE channel = ?"
                        + " AND next_post_at > now() - interval '1 minute'")
                .param(CHANNEL)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aFailedPostIsRetriedAndAPermanentlyFailedOneDoesNotBlockTheChannel() {
    fake.fail("chat.postMessage", 2, "internal_error");
    outbox.announce(card(10, "untriaged"));
    awaitCardTs(10);
    fake.fail("chat.postMessage", 1, "msg_too_long");
    outbox.replyInThread(SummaryId.of(10), "far too long");
    outbox.replyInThread(SummaryId.of(10), "short");

    // The fake holds the post before the worker records its ts: wait for the database, not the
    // fake.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("SELECT state || ':' || attempts FROM slack_messages ORDER BY id")
                            .query(String.class)
                            .list())
                    .containsExactly("sent:3", "failed:1", "sent:1"));
    assertThat(fake.messages()).extracting(FakeSlackApi.Stored::text).endsWith("short");
  }

  @Test
  void aClaimInterruptedBeforeThePostIsPostedOnceAfterReconciling() {
    insertInterruptedCardClaim(41);

    String ts = awaitCardTs(41);

    assertThat(fake.calls("conversations.history")).isNotEmpty();
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
    assertThat(fake.messages()).extracting(FakeSlackApi.Stored::ts).containsExactly(ts);
  }

  @Test
  void aClaimInterruptedAfterThePostIsConfirmedWithoutASecondPost() {
    String alreadyPosted =
        fake.preload(
            CHANNEL,
            null,
            "card",
            "{\"event_type\":\"perf_alert_summary\",\"event_payload\":{\"summary_id\":42}}");
    insertInterruptedCardClaim(42);

    assertThat(awaitCardTs(42)).isEqualTo(alreadyPosted);
    assertThat(fake.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void ephemeralAnswersResponseUrlsAndTheCherryPickModalGoOutDirectly() {
    assertThat(replies.ephemeral(CHANNEL, "U1", null, "Only perf sheriffs may retrigger."))
        .isTrue();
    assertThat(replies.respond(fake.responseUrl("r1"), "Working on it.")).isTrue();
    var request =
        new CherryPickRequest(
            SummaryId.of(7),
            List.of(
                new CherryPickChoice(AlertId.of(70), "tp5n windows11 +12.3 %", true),
                new CherryPickChoice(AlertId.of(71), "tsvgx linux +2.0 %", false)),
            5,
            CHANNEL,
            "1700000000.000100");
    assertThat(replies.openModal("trig-7", CherryPickModal.modal(request))).isTrue();

    assertThat(fake.calls("chat.postEphemeral").get(0).param("user")).isEqualTo("U1");
    assertThat(fake.responseUrlPosts().get(0)).contains("\"response_type\":\"ephemeral\"");
    FakeSlackApi.Call open = fake.calls("views.open").get(0);
    assertThat(open.param("trigger_id")).isEqualTo("trig-7");
    JsonNode select = FakeSlackApi.json(open.param("view")).path("blocks").get(0).path("element");
    assertThat(select.path("max_selected_items").asInt()).isEqualTo(5);
    assertThat(select.path("options")).hasSize(2);
    assertThat(select.path("initial_options").valueStream().map(o -> o.path("value").asString()))
        .containsExactly("70");
  }

  @Test
  void anImageIsUploadedIntoTheSummarysThread() {
    outbox.announce(card(8, "untriaged"));
    String cardTs = awaitCardTs(8);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    files.share(CHANNEL, cardTs, "alert-80.png", "image/png", png, "±2 revisions", "Graph");

    assertThat(fake.calls("files.getUploadURLExternal").get(0).param("length")).isEqualTo("7");
    assertThat(fake.uploads()).singleElement().isEqualTo(png);
    FakeSlackApi.Call complete = fake.calls("files.completeUploadExternal").get(0);
    assertThat(complete.param("channel_id")).isEqualTo(CHANNEL);
    assertThat(complete.param("thread_ts")).isEqualTo(cardTs);
    assertThat(complete.param("files")).contains("±2 revisions");
    assertThat(complete.param("initial_comment")).isEqualTo("Graph");
  }

  @Test
  void scheduledPostsGoIntoTheChannelOrACardsThreadWithTheirFiles() {
    outbox.announce(card(9, "untriaged"));
    String cardTs = awaitCardTs(9);
    SlackChannelPosting posting = new SlackChannelPosting(outbox, files);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 9};

    posting.upload(
        Optional.of(new MessageRef("slack", CHANNEL, "summary:9")),
        ChatFile.png("graph-9.png", png, "Summary 9"),
        ChatMessage.text("Graph check"),
        "graph-check:t-0");
    posting.upload(
        Optional.empty(),
        ChatFile.png("load.png", png, "CI load"),
        ChatMessage.text("CI load report"),
        "load-report:t-0");
    posting.post(Optional.empty(), ChatMessage.text("Nothing to check"), "graph-check:t-1");

    List<FakeSlackApi.Call> completes = fake.calls("files.completeUploadExternal");
    assertThat(completes.get(0).param("thread_ts")).isEqualTo(cardTs);
    assertThat(completes.get(0).param("channel_id")).isEqualTo(CHANNEL);
    assertThat(completes.get(0).param("initial_comment")).isEqualTo("Graph check");
    assertThat(completes.get(1).param("thread_ts")).isNull();
    assertThat(completes.get(1).param("channel_id")).isEqualTo(CHANNEL);
    assertThat(fake.calls("files.getUploadURLExternal"))
        .extracting(call -> call.param("filename"))
        .containsExactly("graph-9.png", "load.png");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                fake.messages().stream()
                    .anyMatch(m -> m.text().equals("Nothing to check") && m.threadTs() == null));
  }

  @Test
  void aRefusedUploadIsReportedToTheCaller() {
    fake.fail("files.completeUploadExternal", 1, "not_in_channel");

    assertThatThrownBy(
            () -> files.share(CHANNEL, null, "load.png", "image/png", new byte[] {1}, "t", "c"))
        .isInstanceOf(SlackFiles.SlackFileException.class)
        .hasMessageContaining("not_in_channel");
  }

  private void insertInterruptedCardClaim(long summaryId) {
    jdbc.sql(
            """
            INSERT INTO slack_messages
                   (channel, kind, dedupe_key, summary_id, text, blocks, state, attempts,
                    claimed_at, created_at)
            VALUES (?, 'post', ?, ?, 'card', '[]', 'sending', 1,
                    now() - interval '1 hour', now() - interval '1 hour')
            """)
        .params(CHANNEL, "announce:" + summaryId, summaryId)
        .update();
  }

  private String awaitCardTs(long summaryId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> outbox.cardTs(SummaryId.of(summaryId)).isPresent());
    return outbox.cardTs(SummaryId.of(summaryId)).orElseThrow();
  }

  private static JsonNode actionsBlock(JsonNode blocks) {
    return blocks
        .valueStream()
        .filter(b -> b.path("type").asString().equals("actions"))
        .findFirst()
        .orElseThrow();
  }

  private static SlackCard card(long summaryId, String state) {
    return new SlackCard(
        SummaryId.of(summaryId),
        "*<https://treeherder.mozilla.org/perfherder/alerts?id="
            + summaryId
            + "|Summary "
            + summaryId
            + ">* autoland talos",
        List.of("tp5n windows11 +12.3 %"),
        state,
        SlackButton.TRIAGE);
  }
}
