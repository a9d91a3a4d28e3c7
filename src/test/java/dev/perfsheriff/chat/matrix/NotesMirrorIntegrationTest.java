package dev.perfsheriff.chat.matrix;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import dev.perfsheriff.chat.slack.FakeSlackApi;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.fake.FakePerfherder;
import dev.perfsheriff.perfherder.sync.ActiveSummaryRefresh;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.RevisionData;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notes mirror on the whole application with all three fakes at once: Perfherder (stateful
 * WireMock, staff writes), Slack (Web API fake, events posted signed to {@code /slack/events}) and
 * a Matrix homeserver. Alice is a code sheriff on both platforms. Each test works on a summary of
 * its own, announced on both platforms first. "A poll" is one run of what the Quartz poll job runs
 * ({@link SummaryPoller#poll()} then {@link ActiveSummaryRefresh#refresh()}).
 *
 * <p>Event shapes: Slack {@code message_changed} / {@code message_deleted} as in
 * docs.slack.dev/reference/events/message/message_changed and …/message_deleted; Matrix edits as
 * the spec's "Event replacements" ({@code m.new_content} + {@code rel_type: m.replace}) and
 * redactions as {@code m.room.redaction} (see {@link UserEvents}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(NotesMirrorIntegrationTest.Ports.class)
abstract class NotesMirrorIntegrationTest extends PerfherderIntegrationTest {

  static final String BOT = "@perfbot-notes:fake.test";
  static final String ALICE_MATRIX = "@alice:mozilla.org";
  static final String ALICE_SLACK = "UALICE";
  static final String CHANNEL = "CNOTES";
  static final String SECRET = "notes-signing-secret";
  static final FakeHomeserver HOMESERVER = new FakeHomeserver(BOT, MatrixRig.TOKEN);
  static final FakeSlackApi SLACK = FakeSlackApi.shared();
  static final AtomicLong TS = new AtomicLong(1_800_000_000_000100L);
  static final HttpClient HTTP = HttpClient.newHttpClient();

  final RoomTranscript room = new RoomTranscript(HOMESERVER);

  @DynamicPropertySource
  static void platforms(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.matrix.homeserver-url", () -> HOMESERVER.url().toString());
    registry.add("perfsheriff.matrix.access-token", () -> MatrixRig.TOKEN);
    registry.add("perfsheriff.matrix.user-id", () -> BOT);
    registry.add("perfsheriff.matrix.room-id", () -> MatrixRig.ROOM);
    registry.add("perfsheriff.matrix.sync.timeout", () -> "PT1S");
    registry.add("perfsheriff.matrix.send.initial-backoff", () -> "PT0.2S");
    registry.add("perfsheriff.slack.bot-token", () -> "xoxb-notes");
    registry.add("perfsheriff.slack.signing-secret", () -> SECRET);
    registry.add("perfsheriff.slack.channel", () -> CHANNEL);
    registry.add("perfsheriff.slack.api-url", SLACK::apiUrl);
    registry.add("perfsheriff.slack.min-post-interval", () -> "PT0.05S");
    registry.add("perfsheriff.slack.outbox-poll-interval", () -> "PT0.05S");
    registry.add("perfsheriff.people.alice[0]", () -> "slack:" + ALICE_SLACK);
    registry.add("perfsheriff.people.alice[1]", () -> "matrix:" + ALICE_MATRIX);
    registry.add("perfsheriff.sheriffs.code", () -> "alice");
    registry.add("perfsheriff.notes.poll-interval", () -> "PT0.1S");
    registry.add("perfsheriff.taskcluster.root-url", TaskclusterFake.SHARED::rootUrl);
    registry.add("perfsheriff.taskcluster.read-timeout", () -> "PT1S");
    registry.add("perfsheriff.bugzilla.base-url", TaskclusterFake.SHARED::rootUrl);
  }

  @TestConfiguration
  static class Ports {
    @Bean(destroyMethod = "close")
    FakeHomeserver notesHomeserver() {
      return HOMESERVER;
    }

    @Bean
    @Primary
    RevisionData noPushes() {
      return new FakeRevisionData();
    }
  }

  @Autowired SummaryPoller poller;
  @Autowired ActiveSummaryRefresh active;
  @Autowired SlackOutbox slack;
  @Autowired MatrixOutbound matrix;
  @Autowired ApplicationContext context;

  record Cards(String slackTs, String matrixId) {}

  Cards announce(long id) {
    FakePerfherder.instance()
        .summaries()
        .put(
            FakePerfherder.fixtureSummary("alert_summary_regressions_and_improvements.json", 0),
            id,
            "autoland",
            1,
            Instant.now().minusSeconds(3600))
        .put("status", 0);
    poller.poll();
    awaitTrue(() -> slack.cardTs(SummaryId.of(id)).isPresent());
    awaitTrue(() -> matrix.cardEventId(SummaryId.of(id)).isPresent());
    return new Cards(
        slack.cardTs(SummaryId.of(id)).orElseThrow(),
        matrix.cardEventId(SummaryId.of(id)).orElseThrow());
  }

  void poll() {
    poller.poll();
    active.refresh();
  }

  static void editNotesInTheWebUi(long id, String webLine) {
    var summary = FakePerfherder.instance().summaries().get(id);
    String notes = summary.path("notes").asString("");
    List<String> kept =
        Arrays.stream(notes.split("\n"))
            .filter(l -> !l.isBlank() && (l.contains("⟨") || l.startsWith("[perf-sheriff-bot]")))
            .toList();
    List<String> edited = new java.util.ArrayList<>(kept);
    edited.add(webLine);
    summary.put("notes", String.join("\n", edited));
  }

  static String notesOf(long id) {
    return FakePerfherder.instance().summaries().get(id).path("notes").asString("");
  }

  List<String> slackThread(Cards cards) {
    return SLACK.messages().stream()
        .filter(m -> cards.slackTs().equals(m.threadTs()))
        .map(FakeSlackApi.Stored::text)
        .toList();
  }

  /** The bot's sends into the card's thread (a repeated transaction id is the same event). */
  List<FakeHomeserver.Received> matrixThreadSends(Cards cards) {
    return room.sendsOf("m.room.message").stream()
        .filter(s -> RoomTranscript.relation(s.body()).equals("m.thread"))
        .filter(
            s ->
                s.body()
                    .path("m.relates_to")
                    .path("event_id")
                    .asString("")
                    .equals(cards.matrixId()))
        .toList();
  }

  List<String> matrixThread(Cards cards) {
    return room.threadOf(cards.matrixId()).stream().map(RoomTranscript::body).toList();
  }

  /** The event id of the Matrix copy of the Slack message {@code ts}. */
  String matrixCopyOf(String ts) {
    return jdbc.sql(
            """
            SELECT p.message_id FROM notes_posts p JOIN notes_lines l ON l.id = p.line_id
             WHERE p.platform = 'matrix' AND l.origin = 'slack' AND l.source_id = ?
            """)
        .param(ts)
        .query(String.class)
        .single();
  }

  String matrixCopyOfWebLine(long summary) {
    return jdbc.sql(
            """
            SELECT p.message_id FROM notes_posts p JOIN notes_lines l ON l.id = p.line_id
             WHERE p.platform = 'matrix' AND l.origin = 'perfherder' AND l.summary_id = ?
            """)
        .param(summary)
        .query(String.class)
        .single();
  }

  /** The new bodies of the bot's {@code m.replace} edits of {@code eventId}. */
  List<String> matrixEditsOf(String eventId) {
    return room.edits().stream()
        .filter(e -> e.path("m.relates_to").path("event_id").asString("").equals(eventId))
        .map(e -> e.path("m.new_content").path("body").asString(""))
        .toList();
  }

  /** Waits until nothing more goes out (card refreshes of the last change included). */
  void awaitQuiet() {
    int[] last = {-1};
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              int now = outbound();
              boolean quiet = now == last[0];
              last[0] = now;
              return quiet;
            });
  }

  static int slackWrites() {
    return SLACK.calls("chat.postMessage").size()
        + SLACK.calls("chat.update").size()
        + SLACK.calls("chat.delete").size();
  }

  int outbound() {
    return perfherderPuts() + slackWrites() + HOMESERVER.sends().size();
  }

  boolean redacted(String eventId) {
    return HOMESERVER.received().stream()
        .anyMatch(r -> r.path().contains("/redact/" + eventId + "/"));
  }

  int queued(String target) {
    return jdbc.sql(
            "SELECT count(*) FROM notes_deliveries WHERE target LIKE ? AND state = 'queued'")
        .param(target + "%")
        .query(Integer.class)
        .single();
  }

  int openDeliveries() {
    return jdbc.sql("SELECT count(*) FROM notes_deliveries WHERE state IN ('queued', 'sending')")
        .query(Integer.class)
        .single();
  }

  static int perfherderPuts() {
    return FakePerfherder.instance()
        .server()
        .findAll(putRequestedFor(urlPathMatching("/api/performance/alertsummary/.*")))
        .size();
  }

  String slackThreadMessage(String threadTs, String user, String text) {
    String ts = nextTs();
    postSlackEvent(
        """
        {"type":"message","channel":"%s","user":"%s","text":"%s","ts":"%s","thread_ts":"%s",
         "event_ts":"%s","channel_type":"channel"}
        """
            .formatted(CHANNEL, user, text, ts, threadTs, ts));
    return ts;
  }

  void postSlackEvent(String event) {
    String body =
        """
        {"token":"x","team_id":"TFAKE","api_app_id":"A1","type":"event_callback",
         "event_id":"Ev%s","event_time":1800000000,"event":%s}
        """
            .formatted(TS.incrementAndGet(), event);
    postSigned(body, "application/json");
  }

  /** {@code /perf <text>} typed by {@code user}; private answers go to {@code SLACK}'s log. */
  void slackCommand(String user, String text) {
    String form =
        "token=x&team_id=TFAKE&channel_id="
            + CHANNEL
            + "&user_id="
            + user
            + "&command=%2Fperf&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&api_app_id=A1&response_url="
            + URLEncoder.encode(SLACK.responseUrl("notes"), StandardCharsets.UTF_8)
            + "&trigger_id=t"
            + TS.incrementAndGet();
    postSigned(form, "application/x-www-form-urlencoded");
  }

  private void postSigned(String body, String contentType) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/slack/events"))
            .header("Content-Type", contentType)
            .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
            .header(
                SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                new SlackSignature.Generator(SECRET).generate(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String nextTs() {
    long value = TS.incrementAndGet();
    return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
  }

  static void awaitTrue(BooleanSupplier condition) {
    await().atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
  }

  static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
