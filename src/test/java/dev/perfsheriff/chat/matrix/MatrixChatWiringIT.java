package dev.perfsheriff.chat.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.CardBuilder;
import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.card.WorkflowFacts;
import dev.perfsheriff.chat.command.Access;
import dev.perfsheriff.chat.command.ButtonCommands;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.matrix.sync.SyncLoop;
import dev.perfsheriff.chat.matrix.wiring.InboundWork;
import dev.perfsheriff.chat.matrix.wiring.MatrixChatInbound;
import dev.perfsheriff.chat.matrix.wiring.MatrixChatPlatform;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Matrix wiring between a fake homeserver and a chat dispatcher whose handlers only record what
 * reached them: reactions and {@code !perf} commands become the core's requests (every action id
 * through its reaction key), replies go back where they belong, unknown users are refused, and the
 * {@code matrix} chat platform posts cards, edits, thread replies and pings in the spec's shapes.
 */
class MatrixChatWiringIT extends IntegrationTest {

  private static final String ALICE = RecordingCore.ALICE;
  private static final String BOB = RecordingCore.BOB;
  private static final String MALLORY = "@mallory:evil.test";

  private final AlertSummary summary =
      PerfherderFixtures.first("alert_summary_regressions_and_improvements.json");
  private static final CardBuilder CARDS =
      new CardBuilder(new CardLinks(URI.create("https://treeherder.test")), 5);

  private final SummaryCard card = CARDS.build(summary, WorkflowFacts.initial(summary));
  private final RecordingCore core = new RecordingCore();
  private final RecordingThreadNotes notes = new RecordingThreadNotes();
  private final List<Command> handled = core.handled;

  private FakeHomeserver fake;
  private MatrixRig rig;
  private RoomTranscript room;
  private MatrixChatPlatform platform;
  private InboundWork work;
  private SyncLoop loop;

  @BeforeEach
  void start() {
    MatrixRig.truncateTables(jdbc);
    fake = new FakeHomeserver(MatrixRig.BOT, MatrixRig.TOKEN);
    rig = new MatrixRig(fake, jdbc);
    room = new RoomTranscript(fake);
    platform = new MatrixChatPlatform(rig.outbound);
    loop = replica("replica-a");
    loop.step();
  }

  @AfterEach
  void stop() {
    work.stop();
    rig.close();
    fake.close();
  }

  @Test
  void everyActionIdHasAReactionKeyThatReachesTheDispatcher() {
    MessageRef ref = platform.announce(card);
    for (ActionId action : ActionId.values()) {
      CardAction reaction = CardAction.valueOf(action.name());
      assertThat(reaction.id()).isEqualTo(action.id());
      // The perf sheriff's actions are pressed by Bob, the code sheriff's by Alice.
      boolean perfSheriffs = ButtonCommands.access(action) == Access.PERF_SHERIFF;
      fake.post(
          MatrixRig.ROOM,
          perfSheriffs ? RecordingCore.BOB : ALICE,
          "m.reaction",
          UserEvents.reaction(ref.messageId(), reaction.key()));
    }
    loop.step();

    List<Command> expected =
        List.of(ActionId.values()).stream()
            .map(action -> ButtonCommands.commandFor(action, card.id()))
            .toList();
    await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= expected.size());
    assertThat(handled).containsExactlyElementsOf(expected);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> room.threadOf(ref.messageId()).size() >= expected.size());
    assertThat(room.threadOf(ref.messageId()))
        .allSatisfy(reply -> assertThat(reply.path("body").asString()).startsWith("handled"));
  }

  @Test
  void aCommandInACardsThreadWithoutSummaryIdIsAboutThatSummaryAndAnsweredThere() {
    MessageRef ref = platform.announce(card);
    String command =
        fake.post(
            MatrixRig.ROOM,
            ALICE,
            "m.room.message",
            UserEvents.inThread(ref.messageId(), "!perf handoff noisy on windows"));
    fake.post(MatrixRig.ROOM, ALICE, "m.room.message", UserEvents.text("!perf quota"));
    loop.step();

    await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 2);
    assertThat(handled)
        .containsExactly(
            new Command.Handoff(card.id(), "noisy on windows"),
            new Command.Quota(java.util.Optional.empty()));
    await().atMost(Duration.ofSeconds(20)).until(() -> !room.threadOf(ref.messageId()).isEmpty());
    JsonNode reply = room.threadOf(ref.messageId()).get(0);
    assertThat(reply.path("body").asString()).isEqualTo("handled Handoff");
    assertThat(reply.path("m.relates_to").path("m.in_reply_to").path("event_id").asString())
        .isEqualTo(command);
  }

  @Test
  void anUnknownUserAskingForAnActionGetsARefusalThatMentionsThem() {
    MessageRef ref = platform.announce(card);
    String command =
        fake.post(
            MatrixRig.ROOM,
            MALLORY,
            "m.room.message",
            UserEvents.text("!perf retrigger " + card.id() + " confirm"));
    fake.post(MatrixRig.ROOM, MALLORY, "m.reaction", UserEvents.reaction(ref.messageId(), "🤝"));
    loop.step();

    await().atMost(Duration.ofSeconds(20)).until(() -> room.mentioning(MALLORY).size() >= 2);
    assertThat(handled).isEmpty();
    List<JsonNode> refusals = room.mentioning(MALLORY);
    assertThat(refusals)
        .allSatisfy(
            refusal -> {
              assertThat(refusal.path("body").asString())
                  .startsWith(MALLORY + ": Sorry")
                  .contains("I don't know you as a sheriff");
              assertThat(refusal.path("formatted_body").asString())
                  .contains("<a href=\"https://matrix.to/#/" + MALLORY + "\">");
              assertThat(refusal.path("msgtype").asString()).isEqualTo("m.text");
            });
    assertThat(
            refusals.get(0).path("m.relates_to").path("m.in_reply_to").path("event_id").asString())
        .isEqualTo(command);
    assertThat(refusals.get(1).path("m.relates_to").path("rel_type").asString())
        .isEqualTo("m.thread");
    assertThat(refusals.get(1).path("m.relates_to").path("event_id").asString())
        .isEqualTo(ref.messageId());
  }

  @Test
  void theChatPlatformPostsOneCardEditsItAndPingsInItsThread() {
    MessageRef ref = platform.announce(card);
    assertThat(platform.announce(card)).isEqualTo(ref);
    assertThat(room.sendsOf("m.room.message")).hasSize(1);
    assertThat(room.sendsOf("m.reaction")).hasSize(4);
    JsonNode posted = room.sendsOf("m.room.message").get(0).body();
    assertThat(posted.path("format").asString()).isEqualTo("org.matrix.custom.html");
    assertThat(posted.path("body").asString()).contains(card.title().text(), "untriaged");

    platform.replace(ref, handedOff());
    JsonNode edit = room.sendsOf("m.room.message").get(1).body();
    assertThat(edit.path("m.relates_to").path("rel_type").asString()).isEqualTo("m.replace");
    assertThat(edit.path("m.relates_to").path("event_id").asString()).isEqualTo(ref.messageId());
    assertThat(edit.path("m.new_content").path("body").asString()).contains("dataready");

    Roles roles = new Roles(RecordingCore.TEAM);
    platform.ping(
        ref,
        roles.resolve("bob"),
        ChatMessage.builder().mention(roles.resolve("bob")).text(": <summary> is yours").build());
    JsonNode ping = room.sendsOf("m.room.message").get(2).body();
    assertThat(ping.path("m.mentions").path("user_ids").path(0).asString()).isEqualTo(BOB);
    assertThat(ping.path("formatted_body").asString())
        .isEqualTo(
            "<p><a href=\"https://matrix.to/#/"
                + BOB
                + "\">"
                + BOB
                + "</a>: &lt;summary&gt; is yours</p>");
    assertThat(ping.path("body").asString()).isEqualTo(BOB + ": <summary> is yours");
    assertThat(ping.path("m.relates_to").path("event_id").asString()).isEqualTo(ref.messageId());
  }

  @Test
  void afterARestartNothingIsHandledTwiceOrLost() {
    MessageRef ref = platform.announce(card);
    String beforeTheBatch = syncToken();
    fake.post(MatrixRig.ROOM, ALICE, "m.reaction", UserEvents.reaction(ref.messageId(), "🍒"));
    loop.step();
    await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() == 1);

    // The replica dies after handling the batch but before its token counted (so the batch comes
    // again), its lease lapses, and a reaction arrives while no replica runs.
    work.stop();
    jdbc.sql("UPDATE matrix_sync_token SET next_batch = ?").param(beforeTheBatch).update();
    jdbc.sql("DELETE FROM matrix_sync_lease").update();
    fake.post(MatrixRig.ROOM, ALICE, "m.reaction", UserEvents.reaction(ref.messageId(), "🔁"));
    SyncLoop restarted = replica("replica-b");
    restarted.step();
    MatrixChatPlatform again = new MatrixChatPlatform(rig.outbound);

    await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() >= 2);
    assertThat(again.announce(card)).isEqualTo(ref);
    assertThat(handled)
        .containsExactly(
            new Command.PickRecommended(card.id()), new Command.Retrigger(card.id(), false));
    assertThat(
            room.sendsOf("m.room.message").stream()
                .filter(s -> s.body().path("m.relates_to").isMissingNode()))
        .hasSize(1);
  }

  private String syncToken() {
    return jdbc.sql("SELECT next_batch FROM matrix_sync_token").query(String.class).single();
  }

  /** A replica's sync loop handing events to a fresh wiring and worker. */
  private SyncLoop replica(String holder) {
    work = new InboundWork(Duration.ofSeconds(10));
    work.start();
    MatrixChatInbound inbound =
        new MatrixChatInbound(
            core.dispatcher(),
            core.threadCommands(),
            platform,
            rig.outbound,
            work,
            notes,
            java.time.Clock.systemUTC());
    return rig.loop(holder, inbound);
  }

  private SummaryCard handedOff() {
    WorkflowFacts facts =
        new WorkflowFacts(
            "dataready",
            1,
            false,
            Set.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of());
    return CARDS.build(summary, facts);
  }
}
