package dev.perfsheriff.perfherder.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The poller when Perfherder misbehaves: retried, logged with the URL, nothing lost or doubled. */
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
class SummaryPollerFaultsIT extends PerfherderIntegrationTest {

  private static final String SUMMARIES = "/api/performance/alertsummary/";

  @Autowired SummaryPoller poller;

  @Test
  void aServerErrorIsRetriedAndThePollSucceeds() {
    summary(1, 1);
    failFirstSummaryRequestWith(aResponse().withStatus(500).withBody("<h1>Server Error</h1>"));

    assertThat(poller.poll()).isZero();

    assertThat(events.appearedIds()).containsExactly(1L);
    assertThat(summaryRequests()).hasSize(2);
  }

  @Test
  void aTimeoutIsRetried() {
    summary(1, 1);
    failFirstSummaryRequestWith(aResponse().withStatus(200).withBody("{}").withFixedDelay(1_500));

    assertThat(poller.poll()).isZero();

    assertThat(events.appearedIds()).containsExactly(1L);
  }

  @Test
  void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
    summary(1, 1);
    failFirstSummaryRequestWith(aResponse().withStatus(429).withHeader("Retry-After", "1"));

    assertThat(poller.poll()).isZero();

    List<LoggedRequest> requests = summaryRequests();
    assertThat(requests).hasSize(2);
    long waitedMillis =
        requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
    assertThat(waitedMillis).isGreaterThanOrEqualTo(1_000);
    assertThat(events.appearedIds()).containsExactly(1L);
  }

  @Test
  void malformedJsonIsLoggedWithTheUrlAndTheNextPollLosesNothing(
      org.springframework.boot.test.system.CapturedOutput output) {
    LongStream.rangeClosed(1, 12).forEach(id -> summary(id, 13 - id));
    fake.server()
        .stubFor(
            get(urlPathEqualTo(SUMMARIES))
                .atPriority(1)
                .withQueryParam(
                    "page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .inScenario("truncated")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withBody("{\"count\": 12, \"results\": [{\"id\": 3,"))
                .willSetStateTo("whole"));

    assertThat(poller.poll()).isEqualTo(1);
    assertThat(output.getOut() + output.getErr())
        .contains("malformed JSON")
        .contains(fake.baseUrl() + SUMMARIES);
    assertThat(events.appearedIds()).isEmpty();

    assertThat(poller.poll()).isZero();
    assertThat(events.appearedIds())
        .containsExactly(LongStream.rangeClosed(1, 12).boxed().toArray(Long[]::new));
  }

  @Test
  void aHeadWalkBrokenHalfWayAnnouncesNothingUntilItCompletes() {
    summary(1, 20);
    poller.poll();
    events.clear();
    LongStream.rangeClosed(10, 17).forEach(id -> summary(id, 18 - id));
    fake.server()
        .stubFor(
            get(urlPathEqualTo(SUMMARIES))
                .atPriority(1)
                .withQueryParam(
                    "page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .withQueryParam(
                    "limit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("5"))
                .inScenario("broken walk")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("<html>proxy error</html>"))
                .willSetStateTo("whole"));

    assertThat(poller.poll()).isEqualTo(1);
    assertThat(events.appearedIds()).isEmpty();

    assertThat(poller.poll()).isZero();
    assertThat(events.appearedIds())
        .containsExactly(LongStream.rangeClosed(10, 17).boxed().toArray(Long[]::new));
  }

  private void failFirstSummaryRequestWith(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
    fake.server()
        .stubFor(
            get(urlPathEqualTo(SUMMARIES))
                .atPriority(1)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure)
                .willSetStateTo("recovered"));
  }

  private List<LoggedRequest> summaryRequests() {
    return fake.server().findAll(getRequestedFor(urlPathEqualTo(SUMMARIES)));
  }
}
