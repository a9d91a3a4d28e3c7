package dev.perfsheriff.chat.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.chat.port.RecordingChatPlatform.Sent;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The round trip on the neutral layer, with the real Perfherder poller and write-back
 * (against the Perfherder fake), workflow service, quota ledger and Taskcluster executor (dry-run,
 * against the Taskcluster fake): a new summary is announced as a card, a code sheriff cherry-picks
 * with the button, previews and confirms the retrigger plan (the ledger is asked), hands off; the
 * perf sheriff on duty is pinged, the card shows the new state, and Perfherder has the stars and
 * the signed notes line.
 */
@Import(ChatWiringTestPorts.class)
@TestPropertySource(
    properties = {
      "perfsheriff.sheriffs.code=console:alice",
      "perfsheriff.sheriffs.perf=console:bob",
      "perfsheriff.rotation.schedule[0].sheriff=console:bob",
      // Deterministic replies: the answer always comes inline, never "working on it".
      "perfsheriff.chat.reply-within=PT60S"
    })
class ChatRoundTripIT extends PerfherderIntegrationTest {

  static final Actor ALICE = new Actor("console", "alice", "Alice");
  static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final TaskclusterFake taskcluster = TaskclusterFake.SHARED;

  private static final String FIXTURE = "alert_summary_regressions_and_improvements.json";

  @Autowired ChatDispatcher dispatcher;
  @Autowired SummaryPoller poller;
  @Autowired AlertSummaries summaries;
  @Autowired RecordingChatPlatform console;
  @Autowired FakeRevisionData revisions;
  @Autowired PostgresAnnouncedCards announced;

  private AlertSummary summary;

  @DynamicPropertySource
  static void taskclusterFake(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.taskcluster.root-url", taskcluster::rootUrl);
  }

  @BeforeEach
  void aSummaryInPerfherder() {
    truncateAll();
    taskcluster.reset();
    revisions.clear();
    console.sent.clear();
    console.cards.clear();
    fake.summaries()
        .put(
            FakePerfherder.fixtureSummary(FIXTURE, 0),
            29340,
            "autoland",
            1,
            Instant.now().minus(Duration.ofHours(1)));
  }

  /** Polls Perfherder; gives the summary one point per revision and its jobs' tasks. */
  private AlertSummary polled() {
    poller.poll();
    AlertSummary found = summaries.find(SummaryId.of(29340)).orElseThrow();
    List<Revision> history = history(found);
    revisions.history(found.repository().name(), history.toArray(Revision[]::new));
    for (int i = 0; i < history.size(); i++) {
      Revision revision = history.get(i);
      taskcluster.push(found.repository().name(), revision.hash(), "Decision" + i, 1000 + i);
      for (Alert alert : found.alerts()) {
        revisions.points(found.repository().name(), alert.signature().id(), revision, 1);
        taskcluster.task(
            "task-" + alert.signature().id() + "-" + revision.shortForm() + "-0",
            "Decision" + i,
            "test-" + alert.machinePlatform() + "/opt-" + alert.signature().suite());
      }
    }
    return found;
  }

  @Test
  void newSummaryCardPickRetriggerLedgerHandoffPingCardUpdated() {
    summary = polled();
    MessageRef card = await().atMost(PATIENCE).until(() -> cardRef(), ref -> ref != null);
    assertThat(console.cards.get(0).state()).isEqualTo("untriaged");

    Reply picked = press("cherry_pick", card);
    assertThat(picked.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
    assertThat(fake.summaries().get(29340).path("alerts").values())
        .anyMatch(alert -> alert.path("starred").asBoolean());
    await()
        .atMost(PATIENCE)
        .until(() -> lastCard().alerts().stream().anyMatch(SummaryCard.CardAlert::picked));

    Reply preview = type("!perf retrigger 29340", card);
    assertThat(preview.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(preview.message().plainText())
        .contains("Round 1 of summary 29340:")
        .contains("left this shift")
        .contains("!perf retrigger 29340 confirm");

    Reply confirmed = type("!perf retrigger 29340 confirm", card);
    assertThat(confirmed.message().plainText())
        .contains("Round 1 of summary 29340: Alice is requesting 60 jobs.")
        .contains("left this shift")
        .contains("Dry-run: without Taskcluster credentials nothing will be sent.");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                threadTexts().stream()
                    .anyMatch(t -> t.startsWith("Round 1 of summary 29340 started: dry-run:")));
    assertThat(threadTexts()).anyMatch(t -> t.contains("jobs requested ("));
    assertThat(dryRunReservations()).isPositive();
    await().atMost(PATIENCE).until(() -> lastCard().state().equals("confirming"));

    Reply handedOff = type("!perf handoff 29340 noisy on linux", card);
    assertThat(handedOff.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
    Sent ping = await().atMost(PATIENCE).until(() -> sentOfKind("ping bob"), p -> p != null);
    assertThat(ping.where()).isEqualTo(card);
    assertThat(ping.text())
        .startsWith("@console:bob: summary 29340")
        .contains("handed off by Alice (console:alice) to you.")
        .endsWith("Note: noisy on linux");
    await().atMost(PATIENCE).until(() -> lastCard().state().equals("dataready"));
    assertThat(console.sent).filteredOn(s -> s.kind().equals("announce")).hasSize(1);
    assertThat(fake.summaries().get(29340).path("notes").asString())
        .contains("state=dataready round=1 by=console:alice")
        .contains("| noisy on linux");
  }

  @Test
  void everyButtonIsAnsweredByAWiredHandler() {
    summary = polled();
    MessageRef card = await().atMost(PATIENCE).until(() -> cardRef(), ref -> ref != null);

    for (ActionId action : ActionId.values()) {
      assertThat(press(action.id(), card).message().plainText())
          .as(action.id())
          .isNotBlank()
          .doesNotContain("not available")
          .doesNotContain("failed unexpectedly");
    }
  }

  @Test
  void roleRefusalsReachTheUserPrivately() {
    Actor mallory = new Actor("console", "mallory", "Mallory");
    Reply stranger =
        dispatcher
            .dispatch(ChatRequest.typed(mallory, "!perf handoff 29340", null, CommandPrefix.BANG))
            .orElseThrow();
    Reply codeSheriff = type("!perf case 29340 bimodal", null);

    assertThat(stranger.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(stranger.message().plainText()).startsWith("Sorry Mallory, I don't know you");
    assertThat(codeSheriff.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(codeSheriff.message().plainText()).contains("`case` is for perf sheriffs");
    assertThat(jdbc.sql("SELECT count(*) FROM workflow_audit").query(Integer.class).single())
        .isZero();
  }

  @Test
  void summariesWithImprovementsOnlyAreNotAnnounced() {
    ObjectNode improvements = FakePerfherder.fixtureSummary(FIXTURE, 0);
    ArrayNode alerts = (ArrayNode) improvements.get("alerts");
    for (int i = alerts.size() - 1; i >= 0; i--) {
      if (alerts.get(i).path("is_regression").asBoolean()) {
        alerts.remove(i);
      }
    }
    fake.summaries()
        .put(improvements, 29341, "autoland", 1, Instant.now().minus(Duration.ofHours(2)));

    summary = polled();

    await().atMost(PATIENCE).until(() -> cardRef(), ref -> ref != null);
    assertThat(summaries.find(SummaryId.of(29341))).isPresent();
    assertThat(console.cards).extracting(SummaryCard::id).containsOnly(summary.id());
    assertThat(announcements(29341)).isZero();
  }

  @Test
  void aJobIsRetriggeredByTaskIdThroughTheLedgerAndTheExecutor() {
    String task = "fUAKaIdkSF6K1NlOgx7-LA";
    taskcluster.task(task, "DecisionOfTheTask", "test-linux64-shippable-qr/opt-talos-damp");
    taskcluster.push(
        "autoland", "c7766d0b4a121985a8b07e6721d66ccab57bbf76", "DecisionOfTheTask", 7);
    MessageRef channel = new MessageRef("console", "sheriffs", "100");

    Reply preview = type("!perf retrigger-job " + task + " 3", channel);
    Reply confirmed = type("!perf retrigger-job " + task + " 3 confirm", channel);

    assertThat(preview.message().plainText())
        .contains(
            "test-linux64-shippable-qr/opt-talos-damp at c7766d0b4a12 on autoland: 3 more runs.")
        .contains("linux: 3 jobs, " + 100 + " left this shift")
        .contains("!perf retrigger-job " + task + " 3 confirm");
    assertThat(confirmed.message().plainText()).contains("Triggering (dry-run");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                threadTexts().contains("retrigger-job " + task + ": dry-run: 0/3 jobs requested."));
    assertThat(
            jdbc.sql("SELECT count(*) FROM ledger_reservation WHERE dry_run AND summary_id IS NULL")
                .query(Integer.class)
                .single())
        .isOne();
  }

  @Test
  void aSummaryIsClaimedOncePerPlatformAndFoundAfterConfirming() {
    SummaryId id = SummaryId.of(777);
    MessageRef ref = new MessageRef("console", "sheriffs", "42");

    assertThat(announced.claim(id, "console")).isTrue();
    assertThat(announced.claim(id, "console")).isFalse();
    assertThat(announced.cardOf(id, "console")).isEmpty();
    announced.confirm(id, "console", ref);

    assertThat(announced.cardOf(id, "console")).contains(ref);
    assertThat(announced.claim(id, "matrix")).isTrue();
    assertThat(announced.cardOf(id, "matrix")).isEmpty();
  }

  private Reply press(String action, MessageRef card) {
    return dispatcher
        .dispatch(ChatRequest.pressed(ALICE, action, "29340", card, CommandPrefix.BANG))
        .orElseThrow();
  }

  private Reply type(String text, MessageRef card) {
    return dispatcher
        .dispatch(ChatRequest.typed(ALICE, text, card, CommandPrefix.BANG))
        .orElseThrow();
  }

  private MessageRef cardRef() {
    Sent announced = sentOfKind("announce");
    return announced == null ? null : announced.where();
  }

  private Sent sentOfKind(String kind) {
    return console.sent.stream().filter(s -> s.kind().equals(kind)).findFirst().orElse(null);
  }

  private SummaryCard lastCard() {
    return console.cards.get(console.cards.size() - 1);
  }

  private List<String> threadTexts() {
    return console.sent.stream().filter(s -> s.kind().equals("thread")).map(Sent::text).toList();
  }

  private int dryRunReservations() {
    return jdbc.sql("SELECT count(*) FROM ledger_reservation WHERE dry_run AND summary_id = 29340")
        .query(Integer.class)
        .single();
  }

  private int announcements(long summaryId) {
    return jdbc.sql("SELECT count(*) FROM chat_announced_card WHERE summary_id = ?")
        .param(summaryId)
        .query(Integer.class)
        .single();
  }

  /** Two made-up pushes on each side of the summary's two, so the ±2 window is complete. */
  static List<Revision> history(AlertSummary summary) {
    List<Revision> history = new ArrayList<>();
    history.add(Revision.of("1111111111111111111111111111111111111111"));
    history.add(Revision.of("2222222222222222222222222222222222222222"));
    history.add(summary.prevRevision());
    history.add(summary.revision());
    history.add(Revision.of("3333333333333333333333333333333333333333"));
    history.add(Revision.of("4444444444444444444444444444444444444444"));
    return history;
  }
}
