package dev.perfsheriff.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the Slack ITs: the app with Slack on in HTTP mode, its Web API client pointed at the
 * shared {@link FakeSlackApi}, and helpers that post requests signed like Slack signs them.
 * Transport tests replace the chat core with a recorder ({@link SlackTransportIntegrationTest}).
 */
@TestPropertySource(
    properties = {
      "perfsheriff.slack.bot-token=xoxb-test-token",
      "perfsheriff.slack.signing-secret=" + SlackIntegrationTest.SIGNING_SECRET,
      "perfsheriff.slack.channel=" + SlackIntegrationTest.CHANNEL,
      "perfsheriff.slack.min-post-interval=PT0.05S",
      "perfsheriff.slack.retry-backoff=PT0.1S",
      "perfsheriff.slack.outbox-poll-interval=PT0.05S",
      // One handler thread: deliveries are handled in arrival order, so a later marker request
      // proves an earlier one was dropped rather than not yet handled.
      "perfsheriff.slack.inbound-threads=1"
    })
abstract class SlackIntegrationTest extends IntegrationTest {

  static final String SIGNING_SECRET = "test-signing-secret";
  static final String CHANNEL = "CSHERIFFS";
  static final FakeSlackApi fake = FakeSlackApi.shared();
  private static final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void slackApi(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.slack.api-url", fake::apiUrl);
  }

  @BeforeEach
  void cleanSlate() {
    truncate("slack_messages", "slack_channel_pace", "slack_inbound_deliveries");
    fake.reset();
  }

  /** Posts {@code body} signed with the app's secret at {@code timestamp}. */
  HttpResponse<String> postSigned(String body, String contentType, Instant timestamp) {
    return postSigned(body, contentType, timestamp, SIGNING_SECRET);
  }

  HttpResponse<String> postSigned(
      String body, String contentType, Instant timestamp, String secret, String... headers) {
    String ts = Long.toString(timestamp.getEpochSecond());
    String signature = new SlackSignature.Generator(secret).generate(ts, body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/slack/events"))
            .header("Content-Type", contentType)
            .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
            .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> postForm(String form) {
    return postSigned(form, "application/x-www-form-urlencoded", Instant.now());
  }

  HttpResponse<String> postInteraction(String payloadJson) {
    return postForm("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8));
  }

  HttpResponse<String> postEvent(String json) {
    return postSigned(json, "application/json", Instant.now());
  }

  /**
   * The recorder in place of the chat core. Primary: the chat core's own {@code SlackInbound} is a
   * bean as well whenever Slack is on, and the listeners must talk to the recorder.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class Inbound {
    @Bean
    @Primary
    RecordingSlackInbound recordingSlackInbound() {
      return new RecordingSlackInbound();
    }
  }
}
