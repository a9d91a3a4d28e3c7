package dev.perfsheriff.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.slack.inbound.SlackButtonClick;
import dev.perfsheriff.chat.slack.inbound.SlackCherryPick;
import dev.perfsheriff.chat.slack.inbound.SlackCommand;
import dev.perfsheriff.chat.slack.inbound.SlackThreadMessage;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Signed Slack requests posted to the running app's {@code POST /slack/events}. */
class SlackInboundIT extends SlackTransportIntegrationTest {

  private static final String CARD_TS = "1700000000.000100";

  @Test
  void slashCommandIsAckedAndHandedOnWithItsOrigin() {
    HttpResponse<String> response = postForm(command("show 123", "trig-1"));

    assertThat(response.statusCode()).isEqualTo(200);
    awaitReceived(1);
    SlackCommand command = (SlackCommand) inbound.received.get(0);
    assertThat(command.text()).isEqualTo("show 123");
    assertThat(command.origin().userId()).isEqualTo("U1");
    assertThat(command.origin().channelId()).isEqualTo(CHANNEL);
    assertThat(command.origin().triggerId()).isEqualTo("trig-1");
    assertThat(command.origin().responseUrl()).isEqualTo(fake.responseUrl("cmd"));
  }

  @Test
  void everyCardButtonReachesTheInboundPortWithItsSummary() {
    for (SlackButton button : SlackButton.values()) {
      assertThat(postInteraction(click(button.actionId(), "123", "1.0" + button.ordinal())))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(200);
    }

    awaitReceived(SlackButton.values().length);
    assertThat(inbound.received)
        .map(SlackButtonClick.class::cast)
        .extracting(SlackButtonClick::button)
        .containsExactly(SlackButton.values());
    SlackButtonClick first = (SlackButtonClick) inbound.received.get(0);
    assertThat(first.summaryId()).isEqualTo(SummaryId.of(123));
    assertThat(first.origin().threadTs()).isEqualTo(CARD_TS);
    assertThat(first.origin().triggerId()).isEqualTo("trig-click");
    assertThat(first.origin().userId()).isEqualTo("U1");
  }

  @Test
  void cherryPickSubmissionWithinTheLimitIsHandedOn() {
    HttpResponse<String> response = postInteraction(submission("V1", "trig-v1", 3));

    assertThat(response.statusCode()).isEqualTo(200);
    awaitReceived(1);
    SlackCherryPick pick = (SlackCherryPick) inbound.received.get(0);
    assertThat(pick.summaryId()).isEqualTo(SummaryId.of(123));
    assertThat(pick.alerts()).containsExactly(AlertId.of(1), AlertId.of(2), AlertId.of(3));
    assertThat(pick.origin().channelId()).isEqualTo(CHANNEL);
    assertThat(pick.origin().threadTs()).isEqualTo(CARD_TS);
  }

  @Test
  void tooManyPicksAreRefusedInsideTheModalWithoutEffect() {
    HttpResponse<String> response = postInteraction(submission("V2", "trig-v2", 6));

    assertThat(response.statusCode()).isEqualTo(200);
    var answer = FakeSlackApi.json(response.body());
    assertThat(answer.path("response_action").asString()).isEqualTo("errors");
    assertThat(answer.path("errors").path("alerts").asString()).contains("at most 5");
    postForm(command("marker", "trig-marker"));
    awaitReceived(1);
    assertThat(inbound.received).singleElement().isInstanceOf(SlackCommand.class);
  }

  @Test
  void aPersonsThreadMessageIsHandedOnButBotsAndTopLevelMessagesAreNot() {
    postEvent(message("Ev1", "U1", null, "200.1", CARD_TS, "looks like a real regression"));
    postEvent(message("Ev2", FakeSlackApi.BOT_USER, null, "200.2", CARD_TS, "bot echo"));
    postEvent(message("Ev3", null, "BOTHER", "200.3", CARD_TS, "another bot"));
    postEvent(message("Ev4", "U1", null, "200.4", null, "top level chatter"));
    postForm(command("marker", "trig-marker"));

    awaitReceived(2);
    SlackThreadMessage note = (SlackThreadMessage) inbound.received.get(0);
    assertThat(note.text()).isEqualTo("looks like a real regression");
    assertThat(note.origin().threadTs()).isEqualTo(CARD_TS);
    assertThat(note.ts()).isEqualTo("200.1");
    assertThat(inbound.received.get(1)).isInstanceOf(SlackCommand.class);
  }

  @Test
  void badSignatureAndStaleTimestampAreRejectedWithNoEffect() {
    String body = command("retrigger 123 confirm", "trig-bad");
    HttpResponse<String> forged =
        postSigned(body, "application/x-www-form-urlencoded", Instant.now(), "wrong-secret");
    HttpResponse<String> stale =
        postSigned(
            body, "application/x-www-form-urlencoded", Instant.now().minus(Duration.ofMinutes(10)));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(stale.statusCode()).isEqualTo(401);
    // Rejected before any listener ran: nothing was handed to the background at all.
    assertThat(jdbc.sql("SELECT count(*) FROM slack_inbound_deliveries").query(Long.class).single())
        .isZero();
    assertThat(inbound.received).isEmpty();
  }

  @Test
  void replayedDeliveriesHaveNoSecondEffect() {
    String click = click("retrigger", "123", "1.5");
    String event = message("EvReplay", "U1", null, "300.1", CARD_TS, "note once");
    postInteraction(click);
    postInteraction(click);
    postEvent(event);
    postEventRetry(event);
    postForm(command("show 1", "trig-once"));
    postForm(command("show 1", "trig-once"));
    postForm(command("marker", "trig-marker"));

    awaitReceived(4);
    assertThat(inbound.received)
        .extracting(Object::getClass)
        .containsExactly(
            SlackButtonClick.class,
            SlackThreadMessage.class,
            SlackCommand.class,
            SlackCommand.class);
    assertThat(((SlackCommand) inbound.received.get(3)).text()).isEqualTo("marker");
  }

  @Test
  void theAckArrivesWhileSlowWorkContinuesInTheBackground() {
    HttpResponse<String> response = postForm(command("slow", "trig-slow"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(inbound.slowWorkDone()).isFalse();
    inbound.releaseSlowWork();
    awaitReceived(1);
    assertThat(inbound.slowWorkDone()).isTrue();
  }

  private void postEventRetry(String json) {
    // Slack's retry of the same event: same body and event id, with X-Slack-Retry-Num.
    postSigned(json, "application/json", Instant.now(), SIGNING_SECRET, "X-Slack-Retry-Num", "1");
  }

  private String command(String text, String triggerId) {
    return "token=x&team_id=TFAKE&team_domain=fake&channel_id="
        + CHANNEL
        + "&channel_name=sheriffs&user_id=U1&user_name=sheriff&command=%2Fperf&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A1&response_url="
        + URLEncoder.encode(fake.responseUrl("cmd"), StandardCharsets.UTF_8)
        + "&trigger_id="
        + triggerId;
  }

  private static String click(String actionId, String value, String actionTs) {
    return """
        {"type":"block_actions","user":{"id":"U1","username":"sheriff","team_id":"TFAKE"},
         "api_app_id":"A1","token":"x","team":{"id":"TFAKE","domain":"fake"},
         "container":{"type":"message","message_ts":"%s","channel_id":"%s","is_ephemeral":false},
         "trigger_id":"trig-click","channel":{"id":"%s","name":"sheriffs"},
         "response_url":"https://hooks.invalid/actions/1",
         "actions":[{"type":"button","action_id":"%s","block_id":"summary_actions",
                     "text":{"type":"plain_text","text":"x"},"value":"%s","action_ts":"%s"}]}
        """
        .formatted(CARD_TS, CHANNEL, CHANNEL, actionId, value, actionTs);
  }

  private static String submission(String viewId, String triggerId, int picks) {
    String options =
        IntStream.rangeClosed(1, picks)
            .mapToObj(
                i -> "{\"text\":{\"type\":\"plain_text\",\"text\":\"a\"},\"value\":\"" + i + "\"}")
            .collect(Collectors.joining(","));
    return """
        {"type":"view_submission","team":{"id":"TFAKE","domain":"fake"},
         "user":{"id":"U1","username":"sheriff","team_id":"TFAKE"},"api_app_id":"A1","token":"x",
         "trigger_id":"%s",
         "view":{"id":"%s","type":"modal","callback_id":"cherry_pick_modal",
                 "private_metadata":"123;5;%s;%s","hash":"h",
                 "state":{"values":{"alerts":{"picked_alerts":
                     {"type":"multi_static_select","selected_options":[%s]}}}}}}
        """
        .formatted(triggerId, viewId, CHANNEL, CARD_TS, options);
  }

  private static String message(
      String eventId, String user, String botId, String ts, String threadTs, String text) {
    String who = user != null ? "\"user\":\"" + user + "\"" : "\"bot_id\":\"" + botId + "\"";
    String thread = threadTs != null ? ",\"thread_ts\":\"" + threadTs + "\"" : "";
    return """
        {"token":"x","team_id":"TFAKE","api_app_id":"A1","type":"event_callback",
         "event_id":"%s","event_time":1700000000,
         "event":{"type":"message","channel":"%s",%s,"text":"%s","ts":"%s"%s,
                  "event_ts":"%s","channel_type":"channel"}}
        """
        .formatted(eventId, CHANNEL, who, text, ts, thread, ts);
  }
}
