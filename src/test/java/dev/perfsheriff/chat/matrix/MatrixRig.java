package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.chat.matrix.client.MatrixClient;
import dev.perfsheriff.chat.matrix.client.RoomAddress;
import dev.perfsheriff.chat.matrix.outbound.OutboundQueue;
import dev.perfsheriff.chat.matrix.store.CardStore;
import dev.perfsheriff.chat.matrix.store.InboundEventLog;
import dev.perfsheriff.chat.matrix.store.SyncLease;
import dev.perfsheriff.chat.matrix.store.SyncTokenStore;
import dev.perfsheriff.chat.matrix.sync.InboundRouter;
import dev.perfsheriff.chat.matrix.sync.SyncLoop;
import dev.perfsheriff.chat.matrix.sync.TimelineReader;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.shared.Secret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Matrix transport assembled by hand (as {@link MatrixConfiguration} does) against a {@link
 * FakeHomeserver} and the test database, so tests can run several "replicas" and step their sync
 * loops one at a time.
 */
final class MatrixRig implements AutoCloseable {

  static final String BOT = "@perfbot:fake.test";
  static final String TOKEN = "syt_fake_token";
  static final String ROOM = "!sheriffs:fake.test";

  final FakeHomeserver fake;
  final JdbcClient jdbc;
  final MatrixProperties properties;
  final ConnectionHealth health = new ConnectionHealth(Clock.systemUTC());
  final RecordingSleeper sleeper = new RecordingSleeper();
  final MatrixClient client;
  final RoomAddress room;
  final CardStore cards;
  final OutboundQueue queue;
  final MatrixOutbound outbound;

  MatrixRig(FakeHomeserver fake, JdbcClient jdbc, String configuredRoom, int timelineLimit) {
    this.fake = fake;
    this.jdbc = jdbc;
    this.properties =
        new MatrixProperties(
            fake.url(),
            Secret.of(TOKEN),
            BOT,
            configuredRoom,
            new MatrixProperties.Sync(Duration.ZERO, null, null, timelineLimit),
            new MatrixProperties.Send(null, null, 3, null));
    JsonMapper json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.client =
        new MatrixClient(
            new OkHttpClient(), json, fake.url(), Secret.of(TOKEN), Duration.ZERO, health);
    this.room = new RoomAddress(client, configuredRoom);
    this.cards = new CardStore(jdbc);
    this.queue =
        new OutboundQueue(
            properties.send(),
            sleeper,
            new BotMetrics(new SimpleMeterRegistry(), java.time.Clock.systemUTC()));
    this.outbound = new MatrixOutbound(client, room, cards, queue);
  }

  MatrixRig(FakeHomeserver fake, JdbcClient jdbc) {
    this(fake, jdbc, ROOM, 100);
  }

  /** A sync loop as one replica would run it, handing events to {@code inbound}. */
  SyncLoop loop(String holder, MatrixInbound inbound) {
    return new SyncLoop(
        client, room, lease(holder), new SyncTokenStore(jdbc), reader(inbound), health, properties);
  }

  SyncLease lease(String holder) {
    return new SyncLease(jdbc, "matrix-sync:" + BOT, holder, properties.sync().leaseDuration());
  }

  private TimelineReader reader(MatrixInbound inbound) {
    InboundRouter router = new InboundRouter(BOT, cards, new InboundEventLog(jdbc), inbound);
    return new TimelineReader(client, router, properties.sync().timelineLimit());
  }

  static void truncateTables(JdbcClient jdbc) {
    jdbc.sql("TRUNCATE matrix_sync_lease, matrix_sync_token, matrix_inbound_event, matrix_card")
        .update();
  }

  @Override
  public void close() {
    queue.close();
  }
}
