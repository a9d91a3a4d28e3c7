package dev.perfsheriff.chat.matrix;

import static dev.perfsheriff.chat.matrix.MatrixRig.BOT;
import static dev.perfsheriff.chat.matrix.MatrixRig.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.matrix.sync.SyncLoop;
import dev.perfsheriff.chat.matrix.sync.SyncLoop.Outcome;
import dev.perfsheriff.ops.ServiceHealth;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The sync loop against a fake homeserver and the real database: backlog skipped on the first
 * start, no replay and no gap across restarts, one replica at a time with takeover, and the
 * expired-token path that reports and keeps going.
 */
class MatrixSyncIT extends IntegrationTest {

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
  void theVeryFirstStartSkipsTheBacklogAndThenHandsOnWhatIsNew() {
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf quota old"));
    SyncLoop loop = rig.loop("replica-a", inbound);

    assertThat(loop.step().outcome()).isEqualTo(Outcome.SKIPPED_BACKLOG);
    assertThat(loop.step().outcome()).isEqualTo(Outcome.SYNCED);
    assertThat(inbound.received()).isEmpty();

    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf quota linux"));
    loop.step();
    assertThat(inbound.received(InboundCommand.class))
        .extracting(InboundCommand::text)
        .containsExactly("quota linux");
  }

  @Test
  void aRestartNeitherReplaysNorSkipsEvents() {
    SyncLoop before = rig.loop("replica-a", inbound);
    before.step();
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf show 1"));
    before.step();
    rig.lease("replica-a").release();

    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf show 2"));
    RecordingInbound afterRestart = new RecordingInbound();
    SyncLoop after = rig.loop("replica-a-restarted", afterRestart);
    assertThat(after.step().outcome()).isEqualTo(Outcome.SYNCED);

    assertThat(inbound.received(InboundCommand.class))
        .extracting(InboundCommand::text)
        .containsExactly("show 1");
    assertThat(afterRestart.received(InboundCommand.class))
        .extracting(InboundCommand::text)
        .containsExactly("show 2");
  }

  @Test
  void aCrashAfterHandlingButBeforeSavingTheTokenDoesNotHandTheEventOnTwice() {
    SyncLoop loop = rig.loop("replica-a", inbound);
    loop.step();
    String savedBefore = token();
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf show 3"));
    loop.step();
    // The token write of that step never happened: the batch comes again.
    jdbc.sql("UPDATE matrix_sync_token SET next_batch = ?").param(savedBefore).update();
    loop.step();

    assertThat(inbound.received()).hasSize(1);
  }

  @Test
  void onlyOneReplicaSyncsAndAnotherTakesOverWhenTheHolderStopsRenewing() {
    SyncLoop holder = rig.loop("replica-a", inbound);
    RecordingInbound standbyInbound = new RecordingInbound();
    SyncLoop standby = rig.loop("replica-b", standbyInbound);
    holder.step();

    SyncLoop.Step waiting = standby.step();
    assertThat(waiting.outcome()).isEqualTo(Outcome.STANDBY);
    assertThat(waiting.pause()).isEqualTo(rig.properties.sync().standbyInterval());

    // replica-a dies: nobody renews its lease, which runs out.
    jdbc.sql("UPDATE matrix_sync_lease SET expires_at = now() - interval '1 second'").update();
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf show 4"));

    assertThat(standby.step().outcome()).isEqualTo(Outcome.SYNCED);
    assertThat(standbyInbound.received()).hasSize(1);
    assertThat(holder.step().outcome()).isEqualTo(Outcome.STANDBY);
    assertThat(inbound.received()).isEmpty();
  }

  @Test
  void aDeadHoldersReplicaIsReplacedWithinAMinuteByDefault() {
    MatrixProperties.Sync defaults = new MatrixProperties.Sync(null, null, null, 0);
    assertThat(defaults.leaseDuration().plus(defaults.standbyInterval()))
        .isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aLimitedTimelineHasItsGapFilledInOrder() {
    try (MatrixRig small = new MatrixRig(fake, jdbc, ROOM, 3)) {
      SyncLoop loop = small.loop("replica-a", inbound);
      loop.step();
      for (int i = 1; i <= 8; i++) {
        fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf show " + i));
      }
      loop.step();
    }

    assertThat(inbound.received(InboundCommand.class))
        .extracting(InboundCommand::text)
        .containsExactly(
            "show 1", "show 2", "show 3", "show 4", "show 5", "show 6", "show 7", "show 8");
  }

  @Test
  void anExpiredTokenIsReportedOnHealthAndRetriedSlowlyWithoutStoppingTheLoop() {
    SyncLoop loop = rig.loop("replica-a", inbound);
    loop.step();
    MatrixHealthIndicator indicator = new MatrixHealthIndicator(rig.health);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

    fake.acceptToken(null);
    SyncLoop.Step failed = loop.step();
    SyncLoop.Step failedAgain = loop.step();

    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(failed.pause()).isEqualTo(rig.properties.send().tokenRejectedRetry());
    assertThat(failedAgain.pause()).isEqualTo(rig.properties.send().tokenRejectedRetry());
    assertThat(indicator.health().getStatus()).isEqualTo(ServiceHealth.DEGRADED);
    assertThat(indicator.health().getDetails().get("reason").toString())
        .contains("rejects the access token (M_UNKNOWN_TOKEN, soft logout)");

    fake.acceptToken(MatrixRig.TOKEN);
    fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf help"));
    assertThat(loop.step().outcome()).isEqualTo(Outcome.SYNCED);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(inbound.received()).hasSize(1);
  }

  @Test
  void aTokenOfAnotherAccountIsRefusedBeforeAnyEventIsHandledOn() {
    try (FakeHomeserver other = new FakeHomeserver("@someone-else:fake.test", MatrixRig.TOKEN);
        MatrixRig wrong = new MatrixRig(other, jdbc)) {
      SyncLoop.Step step = wrong.loop("replica-a", inbound).step();

      assertThat(step.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(wrong.health.snapshot().tokenProblem().orElseThrow())
          .contains("belongs to @someone-else:fake.test");
    }
  }

  @Test
  void aRoomAliasIsResolvedToTheRoomId() {
    fake.alias("#perf-sheriffs:fake.test", ROOM);
    try (MatrixRig aliased = new MatrixRig(fake, jdbc, "#perf-sheriffs:fake.test", 100)) {
      SyncLoop loop = aliased.loop("replica-a", inbound);
      loop.step();
      fake.post(ROOM, ALICE, "m.room.message", UserEvents.text("!perf help"));
      loop.step();
    }

    assertThat(inbound.received()).hasSize(1);
  }

  @Test
  void aRateLimitedSyncWaitsAsAskedAndA5xxBacksOff() {
    SyncLoop loop = rig.loop("replica-a", inbound);
    loop.step();
    fake.failNext(
        "/sync",
        429,
        "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"retry_after_ms\":1500}",
        java.util.Map.of());
    fake.failNext("/sync", 503, "", java.util.Map.of());
    fake.failNext("/sync", 503, "", java.util.Map.of());

    assertThat(loop.step().pause()).isEqualTo(Duration.ofMillis(1500));
    assertThat(loop.step().pause()).isEqualTo(Duration.ofSeconds(1));
    assertThat(loop.step().pause()).isEqualTo(Duration.ofSeconds(2));
    assertThat(loop.step().outcome()).isEqualTo(Outcome.SYNCED);
  }

  @Test
  void takingTheLeaseForgetsHandledEventsOlderThanAWeek() {
    jdbc.sql(
            """
            INSERT INTO matrix_inbound_event (event_id, seen_at)
            VALUES ('$old:fake.test', now() - interval '8 days'), ('$recent:fake.test', now())
            """)
        .update();

    rig.loop("replica-a", inbound).step();

    assertThat(jdbc.sql("SELECT event_id FROM matrix_inbound_event").query(String.class).list())
        .containsExactly("$recent:fake.test");
  }

  private String token() {
    return jdbc.sql("SELECT next_batch FROM matrix_sync_token WHERE account = ?")
        .param(BOT)
        .query(String.class)
        .single();
  }
}
