package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A scripted round trip through the whole bot (fake Perfherder polled by the Quartz job, fake Slack
 * with one rate-limited post, a retrigger preview and confirmation, a refused handoff), after which
 * {@code /actuator/prometheus} shows every metric the README's Operate section lists, with its
 * tags, and {@code /actuator/health} shows a contributor per external service.
 */
class OperatorMetricsIT extends SlackChatIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JobKey POLL = JobKey.jobKey("perfherder-poll", "perfherder");

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired Scheduler scheduler;

  @Test
  void everyListedMetricAppearsWithItsTagsAfterARoundTrip() throws Exception {
    summaryAppearsInPerfherder();
    fake.rateLimit("chat.postMessage", 1, 0);
    scheduler.start();
    try {
      scheduler.triggerJob(POLL);
      await().atMost(WAIT).until(() -> scrape().contains("job=\"perfherder-poll\""));
    } finally {
      scheduler.standby();
    }
    String cardTs = cardTs();
    pushHistoryAroundTheSummary();
    postInteraction(
        SlackPayloads.click(ALICE, "retrigger", SUMMARY, cardTs, "10.02", "http://x.invalid"));
    postForm(
        SlackPayloads.command(
            ALICE, "retrigger " + SUMMARY + " confirm", "t-confirm", fake.responseUrl("confirm")));
    postForm(
        SlackPayloads.command("USTRANGER", "handoff " + SUMMARY, "t-x", fake.responseUrl("x")));
    // The round's last word in the thread: nothing of this test is still at work afterwards.
    await()
        .atMost(WAIT)
        .until(
            () ->
                fake.messages().stream()
                    .anyMatch(
                        m -> cardTs.equals(m.threadTs()) && m.text().contains("jobs requested")));

    String metrics = scrape();
    assertThat(metrics)
        .contains("perfsheriff_summaries_announced_total{platform=\"slack\"}")
        .contains("perfsheriff_actions_total{action=\"retrigger\",outcome=\"done\"}")
        .contains("perfsheriff_actions_total{action=\"handoff\",outcome=\"refused\"}")
        .contains("perfsheriff_ack_latency_seconds_bucket{platform=\"slack\",le=\"0.1\"}")
        .contains("perfsheriff_ack_latency_seconds_count{platform=\"slack\"}")
        .contains("perfsheriff_quota_jobs{platform=\"linux\",state=\"left\"}")
        .contains("perfsheriff_quota_jobs{platform=\"linux\",state=\"used\"}")
        .contains("perfsheriff_poll_lag_seconds{repository=\"autoland\"}")
        .contains("perfsheriff_poll_last_success_seconds{repository=\"autoland\"}")
        .contains("perfsheriff_chat_posts_total{outcome=\"retried\",platform=\"slack\"}")
        // The fake Taskcluster knows no decision task for this push: the dry run's steps fail.
        .contains("perfsheriff_taskcluster_triggers_total{outcome=\"failed\"}")
        .contains("perfsheriff_scheduled_runs_total{job=\"perfherder-poll\",outcome=\"ok\"}")
        .contains("perfsheriff_notes_mirrored_total{direction=\"to_perfherder\"}")
        .contains("perfsheriff_notes_mirrored_total{direction=\"to_chat\"}");

    JsonNode health = FakeSlackApi.json(get("/actuator/health").body()).path("components");
    for (String service : List.of("perfherder", "taskcluster", "slack")) {
      assertThat(health.path(service).path("status").asString()).as(service).isNotEmpty();
    }
    assertThat(health.path("perfherder").path("status").asString()).isEqualTo("UP");
  }

  private String scrape() throws Exception {
    return get("/actuator/prometheus").body();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
