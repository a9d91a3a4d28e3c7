package dev.perfsheriff.chat.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.FixtureSummaries;
import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.chat.port.RecordingChatPlatform.Sent;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.workflow.WorkflowTestPorts;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.SummaryAppeared;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The round trip on the neutral layer, with the real workflow service, quota ledger and
 * Taskcluster executor (dry-run, against the Taskcluster fake): a new summary is announced as a
 * card, a code sheriff cherry-picks with the button, previews and confirms the retrigger plan (the
 * ledger is asked), hands off; the perf sheriff on duty is pinged and the card shows the new state.
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
class ChatRoundTripIT extends IntegrationTest {

  static final Actor ALICE = new Actor("console", "alice", "Alice");
  static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final TaskclusterFake taskcluster = TaskclusterFake.SHARED;

  @Autowired ChatDispatcher dispatcher;
  @Autowired ApplicationEventPublisher events;
  @Autowired RecordingChatPlatform console;
  @Autowired WorkflowTestPorts.InMemorySummaries summaries;
  @Autowired FakeRevisionData revisions;
  @Autowired WorkflowTestPorts.RecordingWriteBack writeBack;
  @Autowired WorkflowTestPorts.TestClock clock;
  @Autowired PostgresAnnouncedCards announced;

  private final AlertSummary summary =
      FixtureSummaries.first("alert_summary_regressions_and_improvements.json");

  @DynamicPropertySource
  static void taskclusterFake(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.taskcluster.root-url", taskcluster::rootUrl);
  }

  @BeforeEach
  void aSummaryWithOnePointPerRevision() {
    truncateAll();
    taskcluster.reset();
    summaries.clear();
    revisions.clear();
    writeBack.calls.clear();
    console.sent.clear();
    console.cards.clear();
    clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    summaries.put(summary);
    List<Revision> history = history(summary);
    revisions.history(summary.repository().name(), history.toArray(Revision[]::new));
    for (int i = 0; i < history.size(); i++) {
      Revision revision = history.get(i);
      taskcluster.push(summary.repository().name(), revision.hash(), "Decision" + i, 1000 + i);
      for (Alert alert : summary.alerts()) {
        revisions.points(summary.repository().name(), alert.signature().id(), revision, 1);
        taskcluster.task(
            "task-" + alert.signature().id() + "-" + revision.shortForm() + "-0",
            "Decision" + i,
            "test-" + alert.machinePlatform() + "/opt-" + alert.signature().suite());
      }
    }
  }

  @Test
  void newSummaryCardPickRetriggerLedgerHandoffPingCardUpdated() {
    events.publishEvent(new SummaryAppeared(summary));
    MessageRef card = await().atMost(PATIENCE).until(() -> cardRef(), ref -> ref != null);
    assertThat(console.cards.get(0).state()).isEqualTo("untriaged");

    Reply picked = press("cherry_pick", card);
    assertThat(picked.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
    assertThat(writeBack.calls).anyMatch(call -> call.startsWith("star "));
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
        .contains("Round 1 of summary 29340 started by Alice")
        .contains("dry-run");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                threadTexts().stream()
                    .anyMatch(t -> t.startsWith("Round 1 of summary 29340: dry-run:")));
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
    assertThat(writeBack.calls)
        .anyMatch(call -> call.contains("by=console:alice") && call.endsWith("| noisy on linux"));
  }

  @Test
  void everyButtonIsAnsweredByAWiredHandler() {
    events.publishEvent(new SummaryAppeared(summary));
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
    AlertSummary improvements = onlyImprovements(summary);
    summaries.put(improvements);

    events.publishEvent(new SummaryAppeared(improvements));
    events.publishEvent(new SummaryAppeared(summary));

    await().atMost(PATIENCE).until(() -> cardRef(), ref -> ref != null);
    assertThat(console.cards).extracting(SummaryCard::id).containsOnly(summary.id());
    assertThat(announcements(improvements.id().value())).isZero();
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

  /** The fixture's improvements as a summary of their own. */
  private static AlertSummary onlyImprovements(AlertSummary s) {
    return new AlertSummary(
        SummaryId.of(s.id().value() + 1),
        s.repository(),
        s.frameworkId(),
        s.framework(),
        s.pushId(),
        s.prevPushId(),
        s.revision(),
        s.prevRevision(),
        s.pushTime(),
        s.created(),
        s.status(),
        s.alerts().stream().filter(alert -> !alert.regression()).toList(),
        List.of(),
        "",
        null,
        null,
        List.of());
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
