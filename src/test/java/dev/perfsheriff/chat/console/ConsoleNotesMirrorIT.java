package dev.perfsheriff.chat.console;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.sync.ActiveSummaryRefresh;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.RevisionData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in the notes mirror, as its only chat platform, against the stateful fake Perfherder
 * (staff writes, as {@code NotesMirrorIT} in the Matrix tests): what a sheriff types into a card's
 * thread on the page becomes one tagged notes line, a line written in Perfherder's web UI appears
 * in that thread (pushed to the open page) and is edited there when it changes, and neither comes
 * back as a second line or a second message. "A poll" is one run of what the Quartz poll job runs.
 */
@Import(ConsoleNotesMirrorIT.NoPushes.class)
class ConsoleNotesMirrorIT extends PerfherderIntegrationTest {

  /** The cards need no pushes here; the fake Perfherder serves none. */
  @TestConfiguration
  static class NoPushes {
    @Bean
    @Primary
    RevisionData noPushes() {
      return new FakeRevisionData();
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void consoleOnly(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.console.enabled", () -> "true");
    registry.add("perfsheriff.people.alice[0]", () -> "console:alice");
    registry.add("perfsheriff.sheriffs.code", () -> "alice");
    registry.add("perfsheriff.notes.poll-interval", () -> "PT0.1S");
    registry.add("perfsheriff.taskcluster.root-url", TaskclusterFake.SHARED::rootUrl);
    registry.add("perfsheriff.taskcluster.read-timeout", () -> "PT1S");
    registry.add("perfsheriff.bugzilla.base-url", TaskclusterFake.SHARED::rootUrl);
  }

  @Autowired SummaryPoller poller;
  @Autowired ActiveSummaryRefresh active;
  @Autowired ConsoleMessages messages;

  @BeforeEach
  void emptyConsoleAndJournal() {
    truncate("console_message", "console_file", "notes_lines");
  }

  @Test
  void aLineTypedInTheThreadBecomesOneTaggedNotesLineAndNothingEchoes() throws Exception {
    long id = 61;
    long card = announce(id);

    assertThat(reply("alice", card, "more *retriggers* needed").statusCode()).isEqualTo(202);

    awaitTrue(() -> notesOf(id).contains("alice (console): more retriggers needed ⟨console:"));
    awaitQuiet();
    assertThat(notesOf(id).split("\n"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .matches(
                        "\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ\\] alice \\(console\\):"
                            + " more retriggers needed ⟨console:\\d+⟩"));
    // Only the typed message is in the thread: the line is not mirrored back to where it came from.
    assertThat(thread(card)).singleElement().asString().contains("more *retriggers* needed");

    poll();
    poll();
    awaitQuiet();
    assertThat(notesOf(id).split("\n")).hasSize(1);
    assertThat(thread(card)).hasSize(1);
  }

  @Test
  void aWebUiLineAppearsLiveInTheThreadAndItsChangeEditsThatMessage() throws Exception {
    long id = 62;
    long card = announce(id);

    try (PageEvents page = new PageEvents(baseUrl(), "alice")) {
      awaitTrue(() -> !page.named("hello").isEmpty());
      editNotesInTheWebUi(id, "bisection needed, see bug 123");
      poll();
      awaitTrue(
          () -> thread(card).contains("<p>From Perfherder: bisection needed, see bug 123</p>"));
      awaitTrue(
          () ->
              page.named("message").stream()
                  .anyMatch(e -> e.data().contains("From Perfherder: bisection needed")));

      editNotesInTheWebUi(id, "bisection needed, see bug 456");
      poll();
      awaitTrue(
          () -> thread(card).contains("<p>From Perfherder: bisection needed, see bug 456</p>"));
      awaitTrue(
          () -> page.named("message").stream().anyMatch(e -> e.data().contains("see bug 456")));
    }
    awaitQuiet();
    assertThat(thread(card)).hasSize(1);
    assertThat(notesOf(id)).doesNotContain("⟨");
  }

  @Test
  void aGuestsLineIsNotMirroredAndTheThreadIsToldSoOnce() throws Exception {
    long id = 63;
    long card = announce(id);

    reply("guest", card, "I think this is noise");
    reply("guest", card, "really");
    awaitTrue(() -> thread(card).size() == 3);
    awaitQuiet();

    assertThat(notesOf(id)).doesNotContain("noise", "really");
    assertThat(thread(card))
        .filteredOn(html -> html.contains("are copied into the summary"))
        .hasSize(1);
  }

  @Test
  void aCommandInTheThreadRunsAndIsNoNote() throws Exception {
    long id = 64;
    long card = announce(id);

    try (PageEvents page = new PageEvents(baseUrl(), "alice")) {
      awaitTrue(() -> !page.named("hello").isEmpty());
      reply("alice", card, "!perf history " + id);
      // history answers the asker only, as an ephemeral message does on Slack.
      awaitTrue(
          () ->
              page.named("private").stream()
                  .anyMatch(e -> e.data().contains("History of summary " + id)));
    }
    awaitQuiet();
    assertThat(notesOf(id)).isEmpty();
    assertThat(thread(card)).singleElement().asString().contains("!perf history " + id);
  }

  @Test
  void aReplyToNoCardOrFromOutsideThePageIsRefused() throws Exception {
    long card = announce(65);
    HttpResponse<String> forged =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/console/reply"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("as=alice&card=" + card + "&text=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(reply("alice", 999_999, "lost").statusCode()).isEqualTo(400);
    assertThat(reply("alice", card, "   ").statusCode()).isEqualTo(400);
  }

  /** The summary on the fake, polled until its console card exists; the card's message id. */
  private long announce(long id) {
    fake.summaries()
        .put(
            FakePerfherder.fixtureSummary("alert_summary_regressions_and_improvements.json", 0),
            id,
            "autoland",
            1,
            Instant.now().minusSeconds(3600))
        .put("status", 0);
    poller.poll();
    awaitTrue(() -> messages.cardOf(id).isPresent());
    return messages.cardOf(id).orElseThrow().id();
  }

  private HttpResponse<String> reply(String as, long card, String text) throws Exception {
    String form =
        "as=" + as + "&card=" + card + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/console/reply"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(ConsoleController.HEADER, "1")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The html of the messages in the card's thread, oldest first. */
  private List<String> thread(long card) {
    return jdbc.sql("SELECT html FROM console_message WHERE thread_root = ? ORDER BY id")
        .param(card)
        .query(String.class)
        .list();
  }

  private void poll() {
    poller.poll();
    active.refresh();
  }

  private static void editNotesInTheWebUi(long id, String webLine) {
    var summary = fake.summaries().get(id);
    List<String> kept =
        Arrays.stream(summary.path("notes").asString("").split("\n"))
            .filter(l -> l.contains("⟨") || l.startsWith("[perf-sheriff-bot]"))
            .toList();
    summary.put(
        "notes",
        String.join(
            "\n",
            java.util.stream.Stream.concat(kept.stream(), java.util.stream.Stream.of(webLine))
                .toList()));
  }

  private static String notesOf(long id) {
    return fake.summaries().get(id).path("notes").asString("");
  }

  /** Waits until neither Perfherder nor the console gets anything new for a second. */
  private void awaitQuiet() {
    long[] last = {-1};
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              long now =
                  fake.server()
                          .findAll(putRequestedFor(urlPathMatching("/api/performance/.*")))
                          .size()
                      + jdbc.sql(
                              "SELECT count(*) + coalesce(sum(length(html)), 0) FROM console_message")
                          .query(Long.class)
                          .single();
              boolean quiet = now == last[0];
              last[0] = now;
              return quiet;
            });
  }

  private static void awaitTrue(BooleanSupplier condition) {
    await().atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
  }
}
