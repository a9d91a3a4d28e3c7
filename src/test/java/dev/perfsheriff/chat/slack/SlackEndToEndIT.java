package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The end to end on Slack: a summary appears in (fake) Perfherder → exactly one card in (fake)
 * Slack → pick (button and modal) → retrigger preview with plan and quota → confirm (dry-run: no
 * Taskcluster credentials) → the Handoff button's modal (views.open) submitted with a note → the
 * card is edited to data ready with the perf sheriff's buttons and the thread holds the round and
 * the ping of the perf sheriff on duty → the perf sheriff decides needs_bug (button) and links the
 * bug (typed) → Perfherder shows the status, the bug and the notes lines. Every request is signed
 * like Slack signs it.
 */
class SlackEndToEndIT extends SlackChatIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired WorkflowService workflow;

  @Test
  void fromNewSummaryToHandoffThroughSlack() {
    summaryAppearsInPerfherder();
    poller.poll();
    String cardTs = cardTs();
    pushHistoryAroundTheSummary();

    postInteraction(
        SlackPayloads.click(ALICE, "cherry_pick", SUMMARY, cardTs, "10.01", "http://x.invalid"));
    await().atMost(WAIT).until(() -> fake.calls("views.open").size() == 1);
    postInteraction(
        SlackPayloads.submission(ALICE, "V9", SUMMARY, 5, cardTs, List.of(4242589L, 4242590L)));
    await().atMost(WAIT).until(() -> picks().size() == 2);
    assertThat(picks()).containsExactlyInAnyOrder(AlertId.of(4242589), AlertId.of(4242590));

    postInteraction(
        SlackPayloads.click(ALICE, "retrigger", SUMMARY, cardTs, "10.02", "http://x.invalid"));
    await().atMost(WAIT).until(() -> !fake.calls("chat.postEphemeral").isEmpty());
    FakeSlackApi.Call preview = fake.calls("chat.postEphemeral").get(0);
    assertThat(preview.param("user")).isEqualTo(ALICE);
    assertThat(preview.param("thread_ts")).isEqualTo(cardTs);
    assertThat(preview.param("text"))
        .contains("Round 1 of summary " + SUMMARY)
        .contains("left this shift")
        .contains("`/perf retrigger " + SUMMARY + " confirm`")
        .contains("Dry-run");
    assertThat(state()).isEqualTo(WorkflowState.UNTRIAGED);

    postForm(
        SlackPayloads.command(
            ALICE, "retrigger " + SUMMARY + " confirm", "t-confirm", fake.responseUrl("confirm")));
    await().atMost(WAIT).until(() -> inThread(cardTs, text -> text.contains("is requesting")));
    // the round counts once its jobs were (dry-run) requested, in the background
    await()
        .atMost(WAIT)
        .until(
            () ->
                inThread(
                    cardTs,
                    text ->
                        text.startsWith("Round 1 of summary " + SUMMARY + " started: dry-run")));

    postInteraction(
        SlackPayloads.click(ALICE, "handoff", SUMMARY, cardTs, "10.03", "http://x.invalid"));
    await().atMost(WAIT).until(() -> fake.calls("views.open").size() == 2);
    FakeSlackApi.Call opened = fake.calls("views.open").get(1);
    assertThat(opened.param("trigger_id")).isEqualTo("trig-10.03");
    JsonNode modal = FakeSlackApi.json(opened.param("view"));
    assertThat(modal.path("callback_id").asString()).isEqualTo("handoff_note_modal");
    assertThat(modal.path("blocks").get(0).path("element").path("type").asString())
        .isEqualTo("plain_text_input");
    assertThat(modal.path("private_metadata").asString())
        .isEqualTo(SUMMARY + ";" + CHANNEL + ";" + cardTs);
    assertThat(threadTexts(cardTs)).noneMatch(text -> text.contains("<@U0BOB>"));
    postInteraction(
        SlackPayloads.handoffSubmission(
            ALICE, "V10", SUMMARY, cardTs, "noisy on linux, please double-check"));
    await().atMost(WAIT).until(() -> inThread(cardTs, text -> text.contains("<@U0BOB>")));
    await().atMost(WAIT).until(() -> lastCardEdit(cardTs).contains("dataready"));

    assertThat(state()).isEqualTo(WorkflowState.DATAREADY);
    assertThat(fake.messages()).filteredOn(m -> m.threadTs() == null).hasSize(1);
    FakeSlackApi.Call ping =
        fake.calls("chat.postMessage").stream()
            .filter(c -> c.param("text").contains("<@U0BOB>"))
            .findFirst()
            .orElseThrow();
    assertThat(ping.param("thread_ts")).isEqualTo(cardTs);
    assertThat(ping.param("reply_broadcast")).isEqualTo("1");
    assertThat(ping.param("text"))
        .contains("handed off by alice (slack:UALICE)")
        .contains("noisy on linux, please double-check");
    assertThat(lastCardEdit(cardTs)).contains("\"action_id\":\"needs_bug\"");

    postInteraction(
        SlackPayloads.click("U0BOB", "needs_bug", SUMMARY, cardTs, "10.04", "http://x.invalid"));
    await().atMost(WAIT).until(() -> state() == WorkflowState.NEEDS_BUG);
    postForm(
        SlackPayloads.command(
            "U0BOB", "bug " + SUMMARY + " 1900001", "t-bug", fake.responseUrl("bug")));
    await()
        .atMost(WAIT)
        .until(() -> perfherder.summaries().get(SUMMARY).path("bug_number").asLong() == 1900001);

    var inPerfherder = perfherder.summaries().get(SUMMARY);
    assertThat(inPerfherder.path("status").asInt()).as("investigating").isEqualTo(5);
    await()
        .atMost(WAIT)
        .until(
            () ->
                perfherder
                    .summaries()
                    .get(SUMMARY)
                    .path("notes")
                    .asString("")
                    .contains("| bug 1900001 linked"));
    assertThat(perfherder.summaries().get(SUMMARY).path("notes").asString())
        .contains("state=dataready round=1 by=slack:UALICE")
        .contains("| noisy on linux, please double-check")
        .contains("state=needs_bug round=1 by=slack:U0BOB");
    assertThat(workflow.show(SummaryId.of(SUMMARY)).orElseThrow().record().bugNumber())
        .isEqualTo(1900001);
  }

  private List<AlertId> picks() {
    return workflow.show(SummaryId.of(SUMMARY)).orElseThrow().picks();
  }

  private WorkflowState state() {
    return workflow.show(SummaryId.of(SUMMARY)).orElseThrow().state();
  }

  private List<String> threadTexts(String cardTs) {
    return fake.messages().stream()
        .filter(m -> cardTs.equals(m.threadTs()))
        .map(FakeSlackApi.Stored::text)
        .toList();
  }

  private boolean inThread(String cardTs, Predicate<String> text) {
    return threadTexts(cardTs).stream().anyMatch(text);
  }

  private String lastCardEdit(String cardTs) {
    List<FakeSlackApi.Call> edits =
        fake.calls("chat.update").stream().filter(c -> cardTs.equals(c.param("ts"))).toList();
    return edits.isEmpty() ? "" : edits.get(edits.size() - 1).param("blocks");
  }
}
