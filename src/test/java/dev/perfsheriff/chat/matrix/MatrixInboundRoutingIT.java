package dev.perfsheriff.chat.matrix;

import static dev.perfsheriff.chat.matrix.MatrixRig.BOT;
import static dev.perfsheriff.chat.matrix.MatrixRig.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.matrix.sync.SyncLoop;
import dev.perfsheriff.chat.matrix.sync.SyncLoop.Outcome;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the sync loop hands to {@link MatrixInbound}: action reactions on cards, commands (with the
 * summary of the thread they were sent in), thread messages; and all it ignores.
 */
class MatrixInboundRoutingIT extends IntegrationTest {

  private static final String ALICE = "@alice:mozilla.org";

  private FakeHomeserver fake;
  private MatrixRig rig;
  private final RecordingInbound inbound = new RecordingInbound();

  @BeforeEach
  void startFake() {
    MatrixRig.truncateTables(jdbc);
    fake = new FakeHomeserver(BOT, MatrixRig.TOKEN);
    rig = new MatrixRig(fake, jdbc);
  }

  @AfterEach
  void stopFake() {
    rig.close();
    fake.close();
  }

  @Test
  void reactionsCommandsAndThreadMessagesAreRoutedWithTheirSummary() throws Exception {
    String card =
        rig.outbound
            .announce(SummaryId.of(7), MatrixMessage.text("card"), MatrixOutbound.TRIAGE)
            .get(30, TimeUnit.SECONDS);
    SyncLoop loop = rig.loop("replica-a", inbound);
    loop.step();

    String react = fake.post(ROOM, ALICE, "m.reaction", UserEvents.reaction(card, "⬇️"));
    fake.post(ROOM, ALICE, "m.reaction", UserEvents.reaction(card, "\u2B07"));
    String inThread =
        fake.post(
            ROOM, ALICE, "m.room.message", UserEvents.inThread(card, "!perf handoff looks real"));
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.inThread(card, "I think this is noise"));
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf"));
    loop.step();

    List<InboundReaction> reactions = inbound.received(InboundReaction.class);
    assertThat(reactions).hasSize(2);
    assertThat(reactions.get(0))
        .isEqualTo(new InboundReaction(ALICE, ROOM, react, card, SummaryId.of(7), "downstream"));
    assertThat(reactions.get(1).actionId()).isEqualTo("downstream");
    List<InboundCommand> commands = inbound.received(InboundCommand.class);
    assertThat(commands.get(0))
        .isEqualTo(
            new InboundCommand(
                ALICE,
                ROOM,
                inThread,
                "handoff looks real",
                Optional.of(card),
                Optional.of(SummaryId.of(7))));
    assertThat(commands.get(1).text()).isEmpty();
    assertThat(commands.get(1).threadRoot()).isEmpty();
    assertThat(commands.get(1).replyTarget().threadRoot()).isEmpty();
    assertThat(inbound.received(InboundThreadMessage.class))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.summary()).isEqualTo(SummaryId.of(7));
              assertThat(m.body()).isEqualTo("I think this is noise");
            });
  }

  @Test
  void ownEventsOtherRoomsForeignKeysAndMalformedEventsAreIgnoredEditsAndRedactionsHandedOn()
      throws Exception {
    String card =
        rig.outbound
            .announce(SummaryId.of(8), MatrixMessage.text("card"), MatrixOutbound.TRIAGE)
            .get(30, TimeUnit.SECONDS);
    SyncLoop loop = rig.loop("replica-a", inbound);
    loop.step();

    fake.post(ROOM, BOT, "m.room.message", UserEvents.text("!perf quota"));
    fake.post(ROOM, BOT, "m.reaction", UserEvents.reaction(card, "🔁"));
    fake.post("!elsewhere:fake.test", ALICE, "m.room.message", UserEvents.text("!perf quota"));
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.edit(card, "!perf quota"));
    String thumbs = fake.post(ROOM, ALICE, "m.reaction", UserEvents.reaction(card, "👍"));
    fake.post(ROOM, ALICE, "m.room.redaction", UserEvents.redaction(thumbs));
    fake.post(ROOM, ALICE, "m.reaction", UserEvents.reaction("$not-a-card:fake.test", "🔁"));
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("hello, no command here"));
    var notice = UserEvents.text("!perf quota");
    notice.put("msgtype", "m.notice");
    fake.post(ROOM, "@otherbot:fake.test", "m.room.message", notice);
    var noSender = UserEvents.object();
    noSender.put("event_id", "$nosender:fake.test");
    noSender.put("type", "m.room.message");
    noSender.set("content", UserEvents.text("!perf quota"));
    fake.postRaw(ROOM, noSender);
    var badContent = UserEvents.object();
    badContent.put("event_id", "$bad:fake.test");
    badContent.put("type", "m.room.message");
    badContent.put("sender", ALICE);
    badContent.put("content", "not an object");
    fake.postRaw(ROOM, badContent);
    var numberBody = UserEvents.object();
    numberBody.put("msgtype", "m.text");
    numberBody.put("body", 17);
    fake.post(ROOM, ALICE, "m.room.message", numberBody);
    var keyless = UserEvents.reaction(card, "🔁");
    ((ObjectNode) keyless.path("m.relates_to")).remove("key");
    fake.post(ROOM, ALICE, "m.reaction", keyless);
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf show 8"));

    assertThat(loop.step().outcome()).isEqualTo(Outcome.SYNCED);

    // Edits and redactions go on as such (the notes mirror decides whether they touch a note);
    // an edit is never read as a command.
    assertThat(inbound.received())
        .containsExactly(
            "edit of " + card + " by " + ALICE + ": !perf quota",
            "redaction of " + thumbs + " by " + ALICE,
            inbound.received().get(2));
    assertThat(inbound.received().get(2))
        .isInstanceOfSatisfying(
            InboundCommand.class, c -> assertThat(c.text()).isEqualTo("show 8"));
  }

  @Test
  void commandTextIsWhatFollowsThePrefixEvenAfterAReplyFallback() {
    SyncLoop loop = rig.loop("replica-a", inbound);
    loop.step();

    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perfect timing"));
    fake.post(
        ROOM, ALICE, "m.room.message", UserEvents.text("  !perf note 5 first line\nsecond line "));
    fake.post(
        ROOM,
        ALICE,
        "m.room.message",
        UserEvents.text("> <@bob:mozilla.org> is 5 real?\n> more\n\n!perf show 5"));
    loop.step();

    assertThat(inbound.received(InboundCommand.class))
        .extracting(InboundCommand::text)
        .containsExactly("note 5 first line\nsecond line", "show 5");
  }
}
