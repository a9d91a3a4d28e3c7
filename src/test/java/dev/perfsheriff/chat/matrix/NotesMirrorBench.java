package dev.perfsheriff.chat.matrix;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.perfherder.fake.FakePerfherder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: run by {@code bench/notes-mirror.sh}. For 10, 100 and 1000 active summaries in the
 * fake Perfherder (one announced regression, the rest improvements, which are not announced but are
 * re-read all the same), measures what one poll costs (requests to Perfherder and time) and the
 * latency from a web-UI notes edit to its message in the Slack and in the Matrix thread, with the
 * poll job running every {@link #POLL} (a shortened interval; the edit lands at a random moment of
 * it). Writes {@code bench/results/notes-mirror.md}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NotesMirrorBench extends NotesMirrorIntegrationTest {

  private static final int[] ACTIVE = {10, 100, 1000};
  private static final Duration POLL = Duration.ofSeconds(5);
  private static final int SAMPLES = 5;

  @Test
  void editToThreadLatencyAndRequestsPerPoll() throws Exception {
    List<String> rows = new ArrayList<>();
    long base = 900_000;
    for (int active : ACTIVE) {
      rows.add(cell(active, base));
      base += 10_000;
    }
    write(rows);
  }

  private String cell(int active, long base) throws Exception {
    FakePerfherder.instance().reset();
    truncate("perfherder_summary", "perfherder_sync_cursor", "perfherder_event_outbox");
    long measured = base;
    for (int i = 1; i < active; i++) {
      FakePerfherder.instance()
          .summaries()
          .put(
              FakePerfherder.fixtureSummary("alert_summary_improvements_only.json", 0),
              base + i,
              "autoland",
              1,
              Instant.now().minusSeconds(7200 + i))
          .put("status", 0);
    }
    Cards cards = announce(measured);
    double loadBefore = systemLoad();

    int before = perfherderRequests();
    long start = System.nanoTime();
    poll();
    long pollMillis = (System.nanoTime() - start) / 1_000_000;
    int requestsPerPoll = perfherderRequests() - before;

    List<Long> slackMillis = new ArrayList<>();
    List<Long> matrixMillis = new ArrayList<>();
    ScheduledExecutorService job = Executors.newSingleThreadScheduledExecutor();
    job.scheduleAtFixedRate(this::pollQuietly, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    try {
      for (int sample = 0; sample < SAMPLES; sample++) {
        Thread.sleep(ThreadLocalRandom.current().nextLong(POLL.toMillis()));
        String text = "bench edit " + active + "/" + sample;
        addWebLine(measured, text);
        long edited = System.nanoTime();
        boolean[] seen = new boolean[2];
        await()
            .atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(20))
            .until(
                () -> {
                  long now = (System.nanoTime() - edited) / 1_000_000;
                  if (!seen[0] && slackThread(cards).contains("From Perfherder: " + text)) {
                    seen[0] = true;
                    slackMillis.add(now);
                  }
                  if (!seen[1] && matrixThread(cards).contains("From Perfherder: " + text)) {
                    seen[1] = true;
                    matrixMillis.add(now);
                  }
                  return seen[0] && seen[1];
                });
      }
    } finally {
      job.shutdownNow();
      job.awaitTermination(5, TimeUnit.MINUTES);
    }
    return String.format(
        "| %d | %d | %d | %d ms | %s | %s | %.2f | %.1f → %.1f |",
        active,
        requestsPerPoll,
        requestsPerPoll * 60 / (int) POLL.toSeconds(),
        pollMillis,
        spread(slackMillis),
        spread(matrixMillis),
        Math.max(Collections.max(slackMillis), Collections.max(matrixMillis))
            / (double) POLL.toMillis(),
        loadBefore,
        systemLoad());
  }

  /** A failing poll must not end the schedule (a scheduled task that throws is not run again). */
  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      System.err.println("poll failed: " + e);
    }
  }

  /** Someone adds a line in the web UI: each sample is a new line, posted as a new message. */
  private static void addWebLine(long id, String line) {
    var summary = FakePerfherder.instance().summaries().get(id);
    String notes = summary.path("notes").asString("");
    summary.put("notes", notes.isBlank() ? line : notes + "\n" + line);
  }

  private static String spread(List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return String.format(
        "%.1f / %.1f s",
        sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static int perfherderRequests() {
    return FakePerfherder.instance()
        .server()
        .countRequestsMatching(anyRequestedFor(anyUrl()).build())
        .getCount();
  }

  private static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void write(List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Notes mirror: web-UI edit → thread, and what the detection costs");
    lines.add("");
    lines.add("Run " + Instant.now() + " by `bench/notes-mirror.sh` (`NotesMirrorBench`), on the");
    lines.add(
        "local fakes (WireMock Perfherder, Slack Web API fake, Matrix homeserver fake), poll every "
            + POLL.toSeconds()
            + " s, "
            + SAMPLES
            + " edits per row at random moments of the poll interval.");
    lines.add("");
    lines.add(
        "| active summaries | Perfherder requests per poll | per minute at this interval"
            + " | one poll takes | edit → Slack thread (median / max) | edit → Matrix thread"
            + " (median / max) | worst latency in poll intervals | load average before → after |");
    lines.add("|---|---|---|---|---|---|---|---|");
    lines.addAll(rows);
    lines.add("");
    lines.add(
        "At the default `perfsheriff.perfherder.poll-interval` of one minute the requests per"
            + " minute equal the requests per poll.");
    Path out = Path.of("bench/results/notes-mirror.md");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }
}
