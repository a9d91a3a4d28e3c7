package dev.perfsheriff.taskcluster.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.taskcluster.TaskclusterIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sampling the perf pools from the fake queue into the time series, and the backlog warning. */
class CiLoadIT extends TaskclusterIntegrationTest {

  @Autowired CiLoad load;

  @Test
  void samplesEveryPoolStoresTheSeriesAndWarnsWhenBacklogged() {
    counts(LINUX, 30, 90);
    workers(LINUX, 107);
    counts(OSX, 240, 150); // 172 workers, floor 20 for macOS → backlogged above 172
    workers(OSX, 172);
    // Windows: claimed counts not allowed anonymously → the older pending endpoint.
    fake.server()
        .stubFor(
            get(urlEqualTo("/api/queue/v1/task-queues/" + WINDOWS + "/counts"))
                .willReturn(
                    aResponse().withStatus(403).withBody("{\"message\":\"missing scope\"}")));
    fake.server()
        .stubFor(
            get(urlEqualTo("/api/queue/v1/pending/" + WINDOWS))
                .willReturn(okJson("{\"pendingTasks\":70}")));
    workers(WINDOWS, 109);

    List<PoolLoad> sampled = load.sampleNow();

    assertThat(sampled).extracting(PoolLoad::taskQueueId).containsExactly(LINUX, OSX, WINDOWS);
    assertThat(sampled)
        .extracting(PoolLoad::level)
        .containsExactly(LoadLevel.OK, LoadLevel.BACKLOGGED, LoadLevel.BUSY);
    assertThat(sampled.get(0).activeWorkers()).isEqualTo(107 - 1); // one quarantined worker
    assertThat(sampled.get(2).claimedTasks()).isNull();
    assertThat(load.history(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60)))
        .hasSize(3);
    assertThat(load.warningBeforeTrigger(Duration.ofMinutes(30)))
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .contains("backlogged")
                    .contains(OSX + ": 240 pending, 150 running on 171 workers")
                    .doesNotContain(LINUX));
  }

  @Test
  void noWarningWhenThePoolsKeepUp() {
    for (String pool : POOLS) {
      counts(pool, 3, 40);
      workers(pool, 50);
    }

    assertThat(load.warningBeforeTrigger()).isEmpty();
    assertThat(
            jdbc.sql("SELECT count(*) FROM taskcluster_load_sample WHERE level = 'ok'")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  private void counts(String pool, int pending, int claimed) {
    fake.server()
        .stubFor(
            get(urlEqualTo("/api/queue/v1/task-queues/" + pool + "/counts"))
                .willReturn(
                    okJson(
                        "{\"taskQueueId\":\""
                            + pool
                            + "\",\"pendingTasks\":"
                            + pending
                            + ",\"claimedTasks\":"
                            + claimed
                            + "}")));
  }

  /** Two pages of workers; the first worker is quarantined until far in the future. */
  private void workers(String pool, int total) {
    String[] parts = pool.split("/");
    String base =
        "/api/queue/v1/provisioners/" + parts[0] + "/worker-types/" + parts[1] + "/workers";
    int firstPage = total / 2;
    fake.server()
        .stubFor(
            get(urlEqualTo(base))
                .willReturn(okJson(page(0, firstPage, "\"continuationToken\":\"next page\""))));
    fake.server()
        .stubFor(
            get(urlEqualTo(base + "?continuationToken=next+page"))
                .willReturn(okJson(page(firstPage, total, "\"x\":1"))));
  }

  private static String page(int from, int to, String tail) {
    StringBuilder workers = new StringBuilder();
    for (int i = from; i < to; i++) {
      String quarantine = i == 0 ? ",\"quarantineUntil\":\"2999-01-01T00:00:00.000Z\"" : "";
      workers
          .append(i == from ? "" : ",")
          .append("{\"workerGroup\":\"mdc1\",\"workerId\":\"w")
          .append(i)
          .append("\"")
          .append(quarantine)
          .append("}");
    }
    return "{\"workers\":[" + workers + "]," + tail + "}";
  }
}
