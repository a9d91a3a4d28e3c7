package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The console in live mode on a machine where Treeherder cannot be reached (the tests' closed
 * loopback port): the page says so, since when, and how to start the demo; and its inputs refuse
 * requests that did not come from the page.
 */
@TestPropertySource(
    properties = {"perfsheriff.console.enabled=true", "perfsheriff.perfherder.http.max-attempts=1"})
class ConsoleLiveIT extends IntegrationTest {

  @Autowired SummaryPoller poller;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anUnreachablePerfherderIsShownWithTheWayToTheDemo() throws Exception {
    poller.poll();

    HttpResponse<String> page = get("/console");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Perfherder unreachable")
        .contains("Failing since")
        .contains("retrying every 60 s")
        .contains(SourceStatus.DEMO_COMMAND)
        .doesNotContain("DEMO · recorded data");
  }

  @Test
  void inputsOnlyComeFromThePage() throws Exception {
    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/console/command"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("as=guest&text=quota"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> stranger = get("/console/events?as=mallory");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(stranger.statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
