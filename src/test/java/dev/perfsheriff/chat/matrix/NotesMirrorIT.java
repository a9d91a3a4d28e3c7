package dev.perfsheriff.chat.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;

/**
 * The notes mirror's "done when" list, each test on a summary of its own, announced on Slack and
 * Matrix first (see {@link NotesMirrorIntegrationTest} for the fakes and the event shapes).
 */
class NotesMirrorIT extends NotesMirrorIntegrationTest {

  @Test
  void aThreadReplyBecomesOneTaggedNotesLineAndOneMessageOnTheOtherPlatform() {
    long id = 51;
    Cards cards = announce(id);

    String ts = slackThreadMessage(cards.slackTs(), ALICE_SLACK, "more *retriggers* needed");
    String line = "alice (slack): more retriggers needed ⟨slack:" + ts + "⟩";
    awaitTrue(() -> notesOf(id).contains(line));
    awaitTrue(() -> matrixThread(cards).stream().anyMatch(m -> m.contains("alice (slack): more")));

    HOMESERVER.post(
        MatrixRig.ROOM,
        ALICE_MATRIX,
        "m.room.message",
        UserEvents.inThread(cards.matrixId(), "noisy on windows"));
    awaitTrue(() -> notesOf(id).contains("alice (matrix): noisy on windows ⟨matrix:"));
    awaitTrue(() -> slackThread(cards).contains("alice (matrix): noisy on windows"));

    assertThat(Arrays.stream(notesOf(id).split("\n")).filter(l -> l.endsWith(ts + "⟩")))
        .singleElement()
        .satisfies(l -> assertThat(l).matches("\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ\\] .*"));
    assertThat(matrixThread(cards).stream().filter(m -> m.contains("alice (slack)"))).hasSize(1);
    assertThat(slackThread(cards).stream().filter(m -> m.contains("alice (matrix)"))).hasSize(1);
  }

  @Test
  void aWebUiEditReachesEveryThreadWithinTwoPollsAndItsChangeEditsThoseMessages() {
    long id = 52;
    Cards cards = announce(id);

    editNotesInTheWebUi(id, "bisection needed, see bug 123");
    poll();
    poll();
    awaitTrue(() -> slackThread(cards).contains("From Perfherder: bisection needed, see bug 123"));
    awaitTrue(() -> matrixThread(cards).contains("From Perfherder: bisection needed, see bug 123"));

    String copy = matrixCopyOfWebLine(id);
    editNotesInTheWebUi(id, "bisection needed, see bug 456");
    poll();
    awaitTrue(() -> slackThread(cards).contains("From Perfherder: bisection needed, see bug 456"));
    awaitTrue(() -> matrixEditsOf(copy).stream().anyMatch(body -> body.contains("bug 456")));
    assertThat(slackThread(cards))
        .containsExactly("From Perfherder: bisection needed, see bug 456");
    assertThat(matrixThread(cards)).hasSize(1);
  }

  @Test
  void aChatEditRewritesTheLineAndADeletionRemovesIt() {
    long id = 53;
    Cards cards = announce(id);
    String ts = slackThreadMessage(cards.slackTs(), ALICE_SLACK, "first try");
    awaitTrue(() -> notesOf(id).contains("first try ⟨slack:" + ts));
    awaitTrue(() -> matrixThread(cards).size() == 1);

    postSlackEvent(
        """
        {"type":"message","subtype":"message_changed","hidden":true,"channel":"%s","ts":"%s",
         "message":{"type":"message","user":"%s","text":"second try","ts":"%s","thread_ts":"%s",
                    "edited":{"user":"%s","ts":"%s"}},
         "previous_message":{"type":"message","user":"%s","text":"first try","ts":"%s"},
         "event_ts":"%s","channel_type":"channel"}
        """
            .formatted(
                CHANNEL,
                nextTs(),
                ALICE_SLACK,
                ts,
                cards.slackTs(),
                ALICE_SLACK,
                nextTs(),
                ALICE_SLACK,
                ts,
                nextTs()));
    awaitTrue(() -> notesOf(id).contains("alice (slack): second try ⟨slack:" + ts + "⟩"));
    assertThat(notesOf(id)).doesNotContain("first try");
    awaitTrue(() -> matrixEditsOf(matrixCopyOf(ts)).contains("alice (slack): second try"));

    postSlackEvent(
        """
        {"type":"message","subtype":"message_deleted","hidden":true,"channel":"%s","ts":"%s",
         "deleted_ts":"%s","event_ts":"%s","channel_type":"channel",
         "previous_message":{"type":"message","user":"%s","text":"second try","ts":"%s"}}
        """
            .formatted(CHANNEL, nextTs(), ts, nextTs(), ALICE_SLACK, ts));
    awaitTrue(() -> !notesOf(id).contains(ts));
    String mirrored = matrixCopyOf(ts);
    awaitTrue(() -> redacted(mirrored));

    slackCommand(ALICE_SLACK, "history " + id);
    awaitTrue(() -> historyOf(id).isPresent());
    assertThat(historyOf(id).orElseThrow())
        .contains(
            "alice (slack) notes line added: first try",
            "alice (slack) notes line edited: second try",
            "alice (slack) notes line removed: second try");
  }

  private static java.util.Optional<String> historyOf(long id) {
    return SLACK.responseUrlPosts().stream()
        .filter(post -> post.contains("History of summary " + id))
        .findFirst();
  }

  @Test
  void aWebUiEditRacingAChatReplyBothSurvive() {
    long id = 54;
    Cards cards = announce(id);

    editNotesInTheWebUi(id, "perf sheriff: looks like infra");
    String ts = slackThreadMessage(cards.slackTs(), ALICE_SLACK, "retriggered twice");
    awaitTrue(() -> notesOf(id).contains("retriggered twice ⟨slack:" + ts));
    assertThat(notesOf(id)).contains("perf sheriff: looks like infra");

    poll();
    awaitTrue(() -> slackThread(cards).contains("From Perfherder: perf sheriff: looks like infra"));
    awaitTrue(
        () -> matrixThread(cards).contains("From Perfherder: perf sheriff: looks like infra"));
    assertThat(notesOf(id).split("\n")).hasSize(2);
  }

  @Test
  void aRestartBetweenTheTwoSidesOfAMirrorDoublesAndDropsNothing() {
    long id = 55;
    Cards cards = announce(id);
    SmartLifecycle worker = context.getBean("notesDeliveryWorker", SmartLifecycle.class);
    worker.stop();
    try {
      String ts = slackThreadMessage(cards.slackTs(), ALICE_SLACK, "posted while down");
      awaitTrue(() -> queued("matrix") == 1 && queued("perfherder") == 1);
      // The crashed replica had claimed both deliveries and sent the Matrix post, then died
      // before confirming either.
      long line =
          jdbc.sql("SELECT id FROM notes_lines WHERE source_id = ?")
              .param(ts)
              .query(Long.class)
              .single();
      context
          .getBean("matrixChatPlatform", MirroredMessages.class)
          .postOnce(
              SummaryId.of(id),
              "notes-line-" + line,
              dev.perfsheriff.chat.message.ChatMessage.text("alice (slack): posted while down"));
      jdbc.sql(
              "UPDATE notes_deliveries SET state = 'sending', attempts = 1,"
                  + " claimed_at = now() - interval '1 hour' WHERE line_id = ?")
          .param(line)
          .update();
    } finally {
      worker.start();
    }
    awaitTrue(() -> notesOf(id).contains("posted while down"));
    awaitTrue(() -> openDeliveries() == 0);
    assertThat(notesOf(id).split("\n")).hasSize(1);
    // The restarted worker sent the Matrix post again with the same transaction id, which the
    // homeserver answers with the first event: the room holds one message.
    List<FakeHomeserver.Received> sends = matrixThreadSends(cards);
    assertThat(sends).hasSize(2);
    assertThat(sends.stream().map(FakeHomeserver.Received::path).distinct()).hasSize(1);
    assertThat(matrixThread(cards)).containsOnly("alice (slack): posted while down");
  }

  @Test
  void tenQuietMinutesAfterAMirrorBringNoFurtherWritesOrPosts() {
    long id = 56;
    Cards cards = announce(id);
    slackThreadMessage(cards.slackTs(), ALICE_SLACK, "one line");
    // One mirror each way, one after the other (the race of the two is its own test above).
    awaitTrue(
        () ->
            FakePerfherder.instance()
                .summaries()
                .get(id)
                .path("notes")
                .asString()
                .contains("one line"));
    editNotesInTheWebUi(id, "one web line");
    poll();
    awaitTrue(() -> matrixThread(cards).size() == 2 && slackThread(cards).size() == 1);
    awaitTrue(() -> openDeliveries() == 0);
    awaitQuiet();
    int puts = perfherderPuts();
    int slackCalls = slackWrites();
    int matrixSends = HOMESERVER.sends().size();

    // Ten poll intervals of one minute: each poll re-reads the summary and sees the bot's own
    // lines, which are never mirrored back.
    for (int minute = 0; minute < 10; minute++) {
      poll();
      sleep(Duration.ofMillis(300));
    }
    assertThat(perfherderPuts()).isEqualTo(puts);
    assertThat(slackWrites()).isEqualTo(slackCalls);
    assertThat(HOMESERVER.sends()).hasSize(matrixSends);
    assertThat(openDeliveries()).isZero();
  }

  @Test
  void aStrangersMessageIsNotMirroredAndTheThreadIsToldSoOnce() {
    long id = 57;
    Cards cards = announce(id);

    slackThreadMessage(cards.slackTs(), "USTRANGER", "I think this is noise");
    slackThreadMessage(cards.slackTs(), "USTRANGER", "really");
    slackThreadMessage(cards.slackTs(), ALICE_SLACK, "a sheriff line");
    awaitTrue(() -> notesOf(id).contains("a sheriff line"));
    awaitTrue(() -> !slackThread(cards).isEmpty());
    awaitQuiet();

    assertThat(notesOf(id)).doesNotContain("noise", "really");
    assertThat(slackThread(cards))
        .singleElement()
        .satisfies(notice -> assertThat(notice).startsWith("Only sheriffs' messages"));
    assertThat(matrixThread(cards)).containsExactly("alice (slack): a sheriff line");
  }
}
