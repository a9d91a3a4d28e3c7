package dev.perfsheriff.chat.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.matrix.FakeHomeserver.Received;
import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.chat.matrix.sync.SyncLoopRunner;
import dev.perfsheriff.chat.matrix.wiring.InboundWork;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The walk through, on the whole application: Perfherder (its WireMock fake) shows a new
 * summary → the poller's event puts exactly one card in the room (fake homeserver) → a code sheriff
 * reacts 🍒 (the recommended picks) and 🔁 (the plan preview), confirms the retriggers (a dry run:
 * no Taskcluster credentials), the sync loop restarts, and {@code !perf handoff} in the card's
 * thread (without the summary id) hands off: the card is edited to {@code dataready} and the thread
 * holds the plan, the quota and the ping of the perf sheriff on duty with {@code m.mentions}.
 * Nothing is posted or handled twice; a stranger is refused.
 */
class MatrixEndToEndIT extends PerfherderIntegrationTest {

  private static final String BOT = "@perfbot-e2e:fake.test";
  private static final String ALICE = "@alice:mozilla.org";
  private static final String BOB = "@bob:mozilla.org";
  private static final String MALLORY = "@mallory:evil.test";
  private static final long SUMMARY = 29340;
  private static final FakeHomeserver HOMESERVER = new FakeHomeserver(BOT, MatrixRig.TOKEN);

  @DynamicPropertySource
  static void matrixAndTeam(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.matrix.homeserver-url", () -> HOMESERVER.url().toString());
    registry.add("perfsheriff.matrix.access-token", () -> MatrixRig.TOKEN);
    registry.add("perfsheriff.matrix.user-id", () -> BOT);
    registry.add("perfsheriff.matrix.room-id", () -> MatrixRig.ROOM);
    registry.add("perfsheriff.matrix.sync.timeout", () -> "PT1S");
    registry.add("perfsheriff.matrix.sync.standby-interval", () -> "PT1S");
    registry.add("perfsheriff.matrix.send.initial-backoff", () -> "PT0.2S");
    registry.add("perfsheriff.sheriffs.code", () -> "matrix:" + ALICE);
    registry.add("perfsheriff.sheriffs.perf", () -> "bob");
    registry.add("perfsheriff.people.bob", () -> "matrix:" + BOB);
    registry.add("perfsheriff.rotation.schedule[0].sheriff", () -> "bob");
  }

  @Autowired SummaryPoller poller;
  @Autowired MatrixOutbound outbound;
  @Autowired ConnectionHealth health;
  @Autowired SyncLoopRunner syncLoop;
  @Autowired InboundWork inboundWork;

  @AfterAll
  static void stopHomeserver() {
    HOMESERVER.close();
  }

  @BeforeEach
  void firstSync() {
    await().atMost(Duration.ofSeconds(30)).until(() -> health.snapshot().lastSync().isPresent());
  }

  @Test
  void fromTheCardThroughReactionsAndCommandsToTheHandoff() {
    summary(SUMMARY, 1);
    poller.poll();
    String card = awaitCard();
    assertThat(cards()).hasSize(1);
    assertThat(sendsOf("m.reaction")).hasSize(4);

    react(card, "🍒");
    awaitCardEditWhere(body -> body.contains("★"));

    react(card, "🔁");
    awaitThreadMessage(card, m -> mentions(m, ALICE) && body(m).contains("left this shift"));

    int before = threadOf(card).size();
    String confirm = say(UserEvents.text("!perf retrigger " + SUMMARY + " confirm"));
    await().atMost(Duration.ofSeconds(30)).until(() -> threadOf(card).size() > before);
    awaitCardEditWhere(body -> body.contains("round 1"));

    restartTheSyncLoop();
    String handoff = say(UserEvents.inThread(card, "!perf handoff noisy on windows"));

    JsonNode ping = awaitThreadMessage(card, m -> mentions(m, BOB));
    assertThat(ping.path("formatted_body").asString())
        .contains("<a href=\"https://matrix.to/#/" + BOB + "\">");
    awaitCardEditWhere(body -> body.contains("dataready"));

    poller.poll();
    assertThat(cards()).hasSize(1);
    assertThat(sendsOf("m.reaction")).hasSize(4);
    assertThat(repliesTo(confirm)).hasSizeLessThanOrEqualTo(1);
    assertThat(repliesTo(handoff)).hasSizeLessThanOrEqualTo(1);
    assertThat(threadOf(card).stream().filter(m -> mentions(m, BOB))).hasSize(1);
  }

  @Test
  void aStrangerAskingForAnActionIsRefusedInAReplyThatMentionsThem() {
    summary(SUMMARY + 1, 1);
    poller.poll();
    String card = awaitCardOf(SUMMARY + 1);

    HOMESERVER.post(MatrixRig.ROOM, MALLORY, "m.reaction", UserEvents.reaction(card, "🤝"));

    JsonNode refusal = awaitThreadMessage(card, m -> mentions(m, MALLORY));
    assertThat(body(refusal)).contains("I don't know you as a sheriff", "matrix:" + MALLORY);
  }

  private void restartTheSyncLoop() {
    syncLoop.stop();
    inboundWork.stop();
    inboundWork.start();
    syncLoop.start();
  }

  private String awaitCard() {
    return awaitCardOf(SUMMARY);
  }

  private String awaitCardOf(long summary) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outbound.cardEventId(SummaryId.of(summary)).isPresent());
    return outbound.cardEventId(SummaryId.of(summary)).orElseThrow();
  }

  private void react(String card, String key) {
    HOMESERVER.post(MatrixRig.ROOM, ALICE, "m.reaction", UserEvents.reaction(card, key));
  }

  private String say(tools.jackson.databind.node.ObjectNode content) {
    return HOMESERVER.post(MatrixRig.ROOM, ALICE, "m.room.message", content);
  }

  private void awaitCardEditWhere(Predicate<String> newBody) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                messages().stream()
                    .filter(m -> relation(m).equals("m.replace"))
                    .anyMatch(m -> newBody.test(m.path("m.new_content").path("body").asString())));
  }

  private JsonNode awaitThreadMessage(String card, Predicate<JsonNode> wanted) {
    await().atMost(Duration.ofSeconds(30)).until(() -> threadOf(card).stream().anyMatch(wanted));
    return threadOf(card).stream().filter(wanted).findFirst().orElseThrow();
  }

  private List<JsonNode> cards() {
    return messages().stream().filter(m -> m.path("m.relates_to").isMissingNode()).toList();
  }

  private List<JsonNode> threadOf(String card) {
    return messages().stream()
        .filter(m -> relation(m).equals("m.thread"))
        .filter(m -> m.path("m.relates_to").path("event_id").asString().equals(card))
        .toList();
  }

  private List<JsonNode> repliesTo(String event) {
    return messages().stream().filter(m -> answers(m, event)).toList();
  }

  private List<JsonNode> messages() {
    return sendsOf("m.room.message").stream().map(Received::body).toList();
  }

  private static List<Received> sendsOf(String type) {
    return HOMESERVER.sends().stream()
        .filter(s -> s.path().contains("/send/" + type + "/"))
        .toList();
  }

  private static boolean answers(JsonNode message, String event) {
    return message
        .path("m.relates_to")
        .path("m.in_reply_to")
        .path("event_id")
        .asString("")
        .equals(event);
  }

  private static boolean mentions(JsonNode message, String user) {
    for (JsonNode id : message.path("m.mentions").path("user_ids")) {
      if (id.asString().equals(user)) {
        return true;
      }
    }
    return false;
  }

  private static String relation(JsonNode message) {
    return message.path("m.relates_to").path("rel_type").asString("");
  }

  private static String body(JsonNode message) {
    return message.path("body").asString("");
  }
}
