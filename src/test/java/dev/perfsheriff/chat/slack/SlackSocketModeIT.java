package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.chat.slack.inbound.SlackCommand;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** With an app token the same listeners receive requests over Socket Mode, and ack there. */
@TestPropertySource(
    properties = {
      "perfsheriff.slack.bot-token=xoxb-test-token",
      "perfsheriff.slack.app-token=xapp-test-token",
      "perfsheriff.slack.channel=CSHERIFFS"
    })
@Import(SlackIntegrationTest.Inbound.class)
class SlackSocketModeIT extends IntegrationTest {

  private static final FakeSlackApi fake = FakeSlackApi.shared();
  private static final FakeSocketMode socket = FakeSocketMode.startNew();

  @Autowired RecordingSlackInbound inbound;

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    fake.socketModeUrl(socket.url());
    registry.add("perfsheriff.slack.api-url", fake::apiUrl);
  }

  @Test
  void aSlashCommandArrivesOverTheSocketAndIsAcked() {
    truncate("slack_inbound_deliveries");
    await().atMost(Duration.ofSeconds(30)).until(socket::connected);

    socket.push(
        """
        {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
         "payload":{"token":"x","team_id":"TFAKE","team_domain":"fake","channel_id":"CSHERIFFS",
                    "channel_name":"sheriffs","user_id":"U1","user_name":"sheriff",
                    "command":"/perf","text":"quota windows11","api_app_id":"A1",
                    "response_url":"https://hooks.invalid/commands/1","trigger_id":"trig-sm"}}
        """);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> socket.received.stream().anyMatch(m -> m.contains("env-1")));
    await().atMost(Duration.ofSeconds(30)).until(() -> !inbound.received.isEmpty());
    SlackCommand command = (SlackCommand) inbound.received.get(0);
    assertThat(command.text()).isEqualTo("quota windows11");
    assertThat(command.origin().triggerId()).isEqualTo("trig-sm");
  }
}
