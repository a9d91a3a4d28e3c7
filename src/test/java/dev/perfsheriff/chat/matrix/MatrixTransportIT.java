package dev.perfsheriff.chat.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.matrix.client.ConnectionHealth;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application with Matrix configured against a fake homeserver: the sync loop starts on
 * its own, a card's reactions and thread commands reach the {@link MatrixInbound}, and an expired
 * token turns Matrix's health DEGRADED (answered 200, liveness stays UP: no restart loop, and the
 * bot stays routable for Slack and the console) until it works again.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MatrixTransportIT extends IntegrationTest {

  private static final String BOT = "@perfbot-app:fake.test";
  private static final String ALICE = "@alice:mozilla.org";
  private static final FakeHomeserver FAKE = new FakeHomeserver(BOT, MatrixRig.TOKEN);

  @DynamicPropertySource
  static void matrix(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.matrix.homeserver-url", () -> FAKE.url().toString());
    registry.add("perfsheriff.matrix.access-token", () -> MatrixRig.TOKEN);
    registry.add("perfsheriff.matrix.user-id", () -> BOT);
    registry.add("perfsheriff.matrix.room-id", () -> MatrixRig.ROOM);
    registry.add("perfsheriff.matrix.sync.timeout", () -> "PT1S");
    registry.add("perfsheriff.matrix.sync.standby-interval", () -> "PT1S");
    registry.add("perfsheriff.matrix.send.initial-backoff", () -> "PT0.2S");
    registry.add("perfsheriff.matrix.send.token-rejected-retry", () -> "PT0.5S");
  }

  /** Stands in for the chat core on the receiving side. */
  @TestConfiguration
  static class Receiver {
    @Bean
    @Primary
    RecordingInbound recordingInbound() {
      return new RecordingInbound();
    }
  }

  @Autowired private RecordingInbound inbound;
  @Autowired private MatrixOutbound outbound;
  @Autowired private ConnectionHealth health;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void stopFake() {
    FAKE.close();
  }

  /** This fake numbers its events from 1 again: cards left by other tests' fakes must not clash. */
  @BeforeEach
  void forgetOtherTestsCards() {
    truncate("matrix_card");
  }

  @Test
  void reactionsAndThreadCommandsOnACardReachTheInbound() throws Exception {
    awaitFirstSync();
    String card =
        outbound
            .announce(SummaryId.of(99), MatrixMessage.text("card"), MatrixOutbound.TRIAGE)
            .get(30, TimeUnit.SECONDS);

    FAKE.post(MatrixRig.ROOM, ALICE, "m.reaction", UserEvents.reaction(card, "🍒"));
    String command =
        FAKE.post(
            MatrixRig.ROOM, ALICE, "m.room.message", UserEvents.inThread(card, "!perf handoff"));

    await().atMost(Duration.ofSeconds(30)).until(() -> inbound.received().size() >= 2);
    assertThat(inbound.received(InboundReaction.class))
        .singleElement()
        .satisfies(r -> assertThat(r.actionId()).isEqualTo("cherry_pick"));
    assertThat(inbound.received(InboundCommand.class))
        .containsExactly(
            new InboundCommand(
                ALICE,
                MatrixRig.ROOM,
                command,
                "handoff",
                Optional.of(card),
                Optional.of(SummaryId.of(99))));
  }

  @Test
  void anExpiredTokenTurnsHealthDegradedWithoutARestartLoopAndRecovers() throws Exception {
    awaitFirstSync();
    FAKE.acceptToken(null);

    await().atMost(Duration.ofSeconds(30)).until(() -> matrixHealth().equals("DEGRADED"));
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(health.snapshot().tokenProblem().orElseThrow()).contains("M_UNKNOWN_TOKEN");

    FAKE.acceptToken(MatrixRig.TOKEN);
    await().atMost(Duration.ofSeconds(30)).until(() -> matrixHealth().equals("UP"));
  }

  /** The status of the {@code matrix} component of {@code /actuator/health}. */
  private String matrixHealth() throws Exception {
    return JsonMapper.builder()
        .build()
        .readTree(get("/actuator/health").body())
        .path("components")
        .path("matrix")
        .path("status")
        .asString();
  }

  private void awaitFirstSync() {
    await().atMost(Duration.ofSeconds(30)).until(() -> health.snapshot().lastSync().isPresent());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
