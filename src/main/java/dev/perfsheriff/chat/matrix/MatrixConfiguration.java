package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.chat.matrix.client.MatrixClient;
import dev.perfsheriff.chat.matrix.client.RoomAddress;
import dev.perfsheriff.chat.matrix.client.Sleeper;
import dev.perfsheriff.chat.matrix.outbound.OutboundQueue;
import dev.perfsheriff.chat.matrix.store.CardStore;
import dev.perfsheriff.chat.matrix.store.InboundEventLog;
import dev.perfsheriff.chat.matrix.store.SyncLease;
import dev.perfsheriff.chat.matrix.store.SyncTokenStore;
import dev.perfsheriff.chat.matrix.sync.InboundRouter;
import dev.perfsheriff.chat.matrix.sync.SyncLoop;
import dev.perfsheriff.chat.matrix.sync.SyncLoopRunner;
import dev.perfsheriff.chat.matrix.sync.TimelineReader;
import dev.perfsheriff.http.HttpClients;
import dev.perfsheriff.ops.BotMetrics;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Matrix transport, present only when {@code perfsheriff.matrix.homeserver-url} is set (the
 * properties record then insists on the rest). Needs one {@link MatrixInbound} bean; offers {@link
 * MatrixOutbound} and the {@code matrix} health indicator.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MatrixEnabled.class)
class MatrixConfiguration {

  @Bean
  ConnectionHealth matrixConnectionHealth() {
    return new ConnectionHealth(Clock.systemUTC());
  }

  @Bean
  MatrixClient matrixClient(MatrixProperties properties, ConnectionHealth health) {
    JsonMapper json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    return new MatrixClient(
        HttpClients.client(Duration.ofSeconds(10), Duration.ofSeconds(30)),
        json,
        properties.homeserverUrl(),
        properties.accessToken(),
        properties.sync().timeout(),
        health);
  }

  @Bean
  RoomAddress matrixRoom(MatrixClient client, MatrixProperties properties) {
    return new RoomAddress(client, properties.roomId());
  }

  @Bean
  CardStore matrixCardStore(JdbcClient jdbc) {
    return new CardStore(jdbc);
  }

  @Bean
  OutboundQueue matrixOutboundQueue(MatrixProperties properties, BotMetrics metrics) {
    return new OutboundQueue(properties.send(), Sleeper.real(), metrics);
  }

  @Bean
  MatrixOutbound matrixOutbound(
      MatrixClient client, RoomAddress room, CardStore cards, OutboundQueue queue) {
    return new MatrixOutbound(client, room, cards, queue);
  }

  @Bean
  SyncLoopRunner matrixSyncLoop(
      MatrixProperties properties,
      MatrixClient client,
      RoomAddress room,
      CardStore cards,
      JdbcClient jdbc,
      ConnectionHealth health,
      MatrixInbound inbound) {
    SyncLease lease =
        new SyncLease(
            jdbc,
            "matrix-sync:" + properties.userId(),
            holderName(),
            properties.sync().leaseDuration());
    InboundRouter router =
        new InboundRouter(properties.userId(), cards, new InboundEventLog(jdbc), inbound);
    TimelineReader timeline = new TimelineReader(client, router, properties.sync().timelineLimit());
    SyncLoop loop =
        new SyncLoop(client, room, lease, new SyncTokenStore(jdbc), timeline, health, properties);
    return new SyncLoopRunner(loop, lease, client, Sleeper.real());
  }

  @Bean
  HealthIndicator matrixHealthIndicator(ConnectionHealth health) {
    return new MatrixHealthIndicator(health);
  }

  /** Host, process and a random part: unique per running loop, readable in the lease row. */
  private static String holderName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
  }
}
