package dev.perfsheriff.chat.matrix;

import static dev.perfsheriff.chat.matrix.RoomTranscript.answers;
import static dev.perfsheriff.chat.matrix.RoomTranscript.body;
import static dev.perfsheriff.chat.matrix.RoomTranscript.mentions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.bugzilla.FakeBugzilla;
import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.chat.matrix.sync.SyncLoopRunner;
import dev.perfsheriff.chat.matrix.wiring.InboundWork;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.RevisionData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The walk through, on the whole application: Perfherder (its WireMock fake) shows a new
 * summary → the poller's event puts exactly one card in the room (fake homeserver) → a code sheriff
 * reacts 🍒 (the recommended picks) and 🔁 (the plan preview), confirms the retriggers (a dry run:
 * no Taskcluster credentials), the sync loop restarts, and {@code !perf handoff} in the card's
 * thread (without the summary id) hands off with a note: the card is edited to {@code dataready},
 * its legend and reactions now offer the perf sheriff's actions, and the thread holds the plan, the
 * quota and the ping of the perf sheriff on duty with {@code m.mentions}. The code sheriff's 🐛 is
 * refused in a reply that mentions her; the perf sheriff's 🐛 decides needs_bug and {@code !perf
 * bug <n>} in the thread links the bug: Perfherder shows both. Nothing is posted or handled twice;
 * a stranger is refused. With the Bugzilla key, {@code !perf file-bug} files the bug and links it.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MatrixEndToEndIT extends PerfherderIntegrationTest {

  private static final String BOT = "@perfbot-e2e:fake.test";
  private static final String ALICE = "@alice:mozilla.org";
  private static final String BOB = "@bob:mozilla.org";
  private static final String MALLORY = "@mallory:evil.test";
  private static final long SUMMARY = 29340;
  private static final FakeHomeserver HOMESERVER = new FakeHomeserver(BOT, MatrixRig.TOKEN);

  private final RoomTranscript room = new RoomTranscript(HOMESERVER);

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
    // Taskcluster without credentials: a dry run; its pending counts and Bugzilla on loopback.
    registry.add("perfsheriff.taskcluster.root-url", TaskclusterFake.SHARED::rootUrl);
    registry.add("perfsheriff.taskcluster.read-timeout", () -> "PT1S");
    registry.add("perfsheriff.bugzilla.base-url", FakeBugzilla.instance()::baseUrl);
    registry.add("perfsheriff.bugzilla.api-key", () -> FakeBugzilla.API_KEY);
  }

  @Autowired SummaryPoller poller;
  @Autowired MatrixOutbound outbound;
  @Autowired ConnectionHealth health;
  @Autowired SyncLoopRunner syncLoop;
  @Autowired InboundWork inboundWork;

  /**
   * Closes the fake homeserver with the context, after the sync loop and the inbound worker. The
   * Perfherder module offers no adapter of the workflow's {@link RevisionData} port yet, so the
   * pushes around the summary's revision stand in here, with one run of each picked job at the
   * alert's revision.
   */
  @TestConfiguration
  static class Ports {
    @Bean(destroyMethod = "close")
    FakeHomeserver matrixHomeserver() {
      return HOMESERVER;
    }

    @Bean
    @Primary
    RevisionData revisionDataAroundTheFixture() {
      Revision landed = Revision.of("eaff07d79af37c0040284ef9259db33fe5b00b63");
      return new FakeRevisionData()
          .history(
              "autoland",
              Revision.of("1111111111111111111111111111111111111111"),
              Revision.of("2222222222222222222222222222222222222222"),
              Revision.of("abe088b82e73b9859232c624a609d7dc1ead9fe1"),
              landed,
              Revision.of("5555555555555555555555555555555555555555"),
              Revision.of("6666666666666666666666666666666666666666"))
          .range("autoland", landed)
          // The alert's own push ran each picked job once (the point that raised the alert):
          // the task a retrigger or backfill names. Without any task no job can be triggered.
          .points("autoland", 2845686, landed, 1)
          .points("autoland", 2845703, landed, 1)
          .points("autoland", 2845675, landed, 1)
          .points("autoland", 2845741, landed, 1);
    }
  }

  @BeforeEach
  void firstSync() {
    await().atMost(Duration.ofSeconds(30)).until(() -> health.snapshot().lastSync().isPresent());
  }

  @Test
  void fromTheCardThroughReactionsAndCommandsToTheHandoff() {
    regressionSummary(SUMMARY);
    poller.poll();
    String card = awaitCard();
    await().atMost(Duration.ofSeconds(30)).until(() -> room.reactionsOn(card).size() >= 4);
    assertThat(cardsOf(SUMMARY)).hasSize(1);
    assertThat(room.reactionsOn(card)).hasSize(4);

    react(card, "🍒");
    awaitCardEditWhere(body -> body.contains("★"));

    react(card, "🔁");
    awaitThreadMessage(card, m -> mentions(m, ALICE) && body(m).contains("left this shift"));

    int before = threadOf(card).size();
    String confirm = say(UserEvents.text("!perf retrigger " + SUMMARY + " confirm"));
    await().atMost(Duration.ofSeconds(30)).until(() -> threadOf(card).size() > before);
    awaitCardEditWhere(body -> body.contains("round 1"));

    // The handoff reaction carries no text: the bot asks for the note with the command to send.
    react(card, "🤝");
    JsonNode prompt =
        awaitThreadMessage(card, m -> mentions(m, ALICE) && body(m).contains("note for the perf"));
    assertThat(body(prompt))
        .contains("!perf handoff " + SUMMARY + " <note>")
        .contains("!perf handoff " + SUMMARY + "`");
    assertThat(threadOf(card)).noneMatch(m -> mentions(m, BOB));

    // A restart in the middle: the handoff is typed while the bot is down.
    syncLoop.stop();
    inboundWork.stop();
    String handoff = say(UserEvents.inThread(card, "!perf handoff noisy on windows"));
    inboundWork.start();
    syncLoop.start();

    JsonNode ping = awaitThreadMessage(card, m -> mentions(m, BOB));
    assertThat(ping.path("formatted_body").asString())
        .contains("<a href=\"https://matrix.to/#/" + BOB + "\">");
    assertThat(body(ping)).contains("noisy on windows");
    awaitCardEditWhere(body -> body.contains("dataready") && body.contains("🐛 needs bug"));
    await().atMost(Duration.ofSeconds(30)).until(() -> reactionKeys(card).size() == 9);
    assertThat(reactionKeys(card)).contains("🐛", "📊", "🔗", "📝", "❌");

    react(card, "🐛");
    JsonNode refused =
        awaitThreadMessage(card, m -> mentions(m, ALICE) && body(m).contains("perf sheriffs"));
    assertThat(body(refused)).contains("needs_bug").contains("is for perf sheriffs");
    HOMESERVER.post(MatrixRig.ROOM, BOB, "m.reaction", UserEvents.reaction(card, "🐛"));
    awaitThreadMessage(card, m -> body(m).contains("is now needs_bug"));
    HOMESERVER.post(
        MatrixRig.ROOM, BOB, "m.room.message", UserEvents.inThread(card, "!perf bug 1900001"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> fake.summaries().get(SUMMARY).path("bug_number").asLong() == 1900001);
    assertThat(fake.summaries().get(SUMMARY).path("status").asInt())
        .as("investigating")
        .isEqualTo(5);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                fake.summaries()
                    .get(SUMMARY)
                    .path("notes")
                    .asString("")
                    .contains("| bug 1900001 linked"));
    assertThat(fake.summaries().get(SUMMARY).path("notes").asString())
        .contains("state=needs_bug round=1 by=matrix:" + BOB)
        .contains("| noisy on windows");

    rescanDue();
    poller.poll();
    assertThat(cardsOf(SUMMARY)).hasSize(1);
    assertThat(reactionKeys(card)).hasSize(9);
    assertThat(repliesTo(confirm)).hasSizeLessThanOrEqualTo(1);
    assertThat(repliesTo(handoff)).hasSizeLessThanOrEqualTo(1);
    assertThat(threadOf(card).stream().filter(m -> mentions(m, BOB))).hasSize(1);
    assertThat(threadOf(card).stream().filter(m -> body(m).contains("picked 4 alert(s)")))
        .hasSize(1);
    assertThat(
            threadOf(card).stream()
                .filter(m -> body(m).contains("Round 1 of summary " + SUMMARY + " started")))
        .hasSize(1);
    assertThat(threadOf(card).stream().filter(m -> body(m).contains("handed off to bob")))
        .hasSize(1);
  }

  @Test
  void withTheBugzillaKeyFileBugCreatesTheBugAndLinksIt() {
    FakeBugzilla.instance().reset();
    regressionSummary(SUMMARY + 2);
    poller.poll();
    String card = awaitCardOf(SUMMARY + 2);

    HOMESERVER.post(
        MatrixRig.ROOM, BOB, "m.room.message", UserEvents.inThread(card, "!perf file-bug"));

    JsonNode filed = awaitThreadMessage(card, m -> body(m).contains("Filed bug 1900100"));
    assertThat(body(filed)).contains("regression on");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> fake.summaries().get(SUMMARY + 2).path("bug_number").asLong() == 1900100);
    JsonNode bug = FakeBugzilla.instance().filed().get(0);
    assertThat(bug.path("keywords").toString()).contains("perf-alert");
    assertThat(bug.path("description").asString())
        .contains("/perfherder/alerts?id=" + (SUMMARY + 2));
    assertThat(
            FakeBugzilla.instance()
                .server()
                .getAllServeEvents()
                .get(0)
                .getRequest()
                .getHeader("X-BUGZILLA-API-KEY"))
        .isEqualTo(FakeBugzilla.API_KEY);
  }

  @Test
  void aStrangerAskingForAnActionIsRefusedInAReplyThatMentionsThem() {
    regressionSummary(SUMMARY + 1);
    poller.poll();
    String card = awaitCardOf(SUMMARY + 1);

    HOMESERVER.post(MatrixRig.ROOM, MALLORY, "m.reaction", UserEvents.reaction(card, "🤝"));

    JsonNode refusal = awaitThreadMessage(card, m -> mentions(m, MALLORY));
    assertThat(body(refusal)).contains("I don't know you as a sheriff", "matrix:" + MALLORY);
  }

  /** A talos summary on autoland with regressions (only those are announced), an hour old. */
  private void regressionSummary(long id) {
    fake.summaries()
        .put(
            FakePerfherder.fixtureSummary("alert_summary_regressions_and_improvements.json", 0),
            id,
            "autoland",
            1,
            Instant.now().minusSeconds(3600));
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
                room.edits().stream()
                    .anyMatch(m -> newBody.test(m.path("m.new_content").path("body").asString())));
  }

  private JsonNode awaitThreadMessage(String card, Predicate<JsonNode> wanted) {
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> threadOf(card).stream().anyMatch(wanted));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("the thread holds only: " + threadOf(card), e);
    }
    return threadOf(card).stream().filter(wanted).findFirst().orElseThrow();
  }

  private List<JsonNode> cardsOf(long summary) {
    return room.cardsContaining("Summary " + summary + " ·");
  }

  private List<JsonNode> threadOf(String card) {
    return room.threadOf(card);
  }

  /** The distinct reaction keys the bot put on the card. */
  private List<String> reactionKeys(String card) {
    return room.reactionsOn(card).stream()
        .map(r -> r.path("m.relates_to").path("key").asString())
        .distinct()
        .toList();
  }

  private List<JsonNode> repliesTo(String event) {
    return room.messages().stream().filter(m -> answers(m, event)).toList();
  }
}
