package dev.perfsheriff.chat.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Request bodies shaped like Slack's: a slash command, a card button click, a modal submission. */
final class SlackPayloads {

  private SlackPayloads() {}

  /** The handle Slack sends next to a member id: {@code UALICE} is {@code alice}. */
  static String handle(String user) {
    return user.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  static String command(String user, String text, String triggerId, String responseUrl) {
    return "token=x&team_id=TFAKE&team_domain=fake&channel_id="
        + SlackIntegrationTest.CHANNEL
        + "&channel_name=sheriffs&user_id="
        + user
        + "&user_name="
        + handle(user)
        + "&command=%2Fperf&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A1&response_url="
        + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
        + "&trigger_id="
        + triggerId;
  }

  static String click(
      String user, String actionId, long summary, String cardTs, String actionTs, String url) {
    return """
        {"type":"block_actions","user":{"id":"%s","username":"%s","team_id":"TFAKE"},
         "api_app_id":"A1","token":"x","team":{"id":"TFAKE","domain":"fake"},
         "container":{"type":"message","message_ts":"%s","channel_id":"%s","is_ephemeral":false},
         "trigger_id":"trig-%s","channel":{"id":"%s","name":"sheriffs"},
         "response_url":"%s",
         "actions":[{"type":"button","action_id":"%s","block_id":"summary_actions",
                     "text":{"type":"plain_text","text":"x"},"value":"%d","action_ts":"%s"}]}
        """
        .formatted(
            user,
            handle(user),
            cardTs,
            SlackIntegrationTest.CHANNEL,
            actionTs,
            SlackIntegrationTest.CHANNEL,
            url,
            actionId,
            summary,
            actionTs);
  }

  /**
   * The handoff modal submitted with {@code note} in its one plain_text_input (Block Kit's
   * view_submission: state.values[block_id][action_id].value).
   */
  static String handoffSubmission(
      String user, String viewId, long summary, String cardTs, String note) {
    return viewSubmission(
        user,
        viewId,
        "handoff_note_modal",
        summary + ";" + SlackIntegrationTest.CHANNEL + ";" + cardTs,
        """
        {"note":{"handoff_note":{"type":"plain_text_input","value":"%s"}}}"""
            .formatted(note));
  }

  /** The cherry-pick modal submitted with {@code alerts}; metadata as the modal carries it. */
  static String submission(
      String user, String viewId, long summary, int maxPicks, String cardTs, List<Long> alerts) {
    String options =
        alerts.stream()
            .map(
                id ->
                    "{\"text\":{\"type\":\"plain_text\",\"text\":\"a\"},\"value\":\"" + id + "\"}")
            .collect(Collectors.joining(","));
    return viewSubmission(
        user,
        viewId,
        "cherry_pick_modal",
        summary + ";" + maxPicks + ";" + SlackIntegrationTest.CHANNEL + ";" + cardTs,
        """
        {"alerts":{"picked_alerts":{"type":"multi_static_select","selected_options":[%s]}}}"""
            .formatted(options));
  }

  /** A view_submission of modal {@code callbackId} with its state values. */
  private static String viewSubmission(
      String user, String viewId, String callbackId, String metadata, String values) {
    return """
        {"type":"view_submission","team":{"id":"TFAKE","domain":"fake"},
         "user":{"id":"%s","username":"%s","team_id":"TFAKE"},"api_app_id":"A1","token":"x",
         "trigger_id":"trig-%s",
         "view":{"id":"%s","type":"modal","callback_id":"%s",
                 "private_metadata":"%s","hash":"h","state":{"values":%s}}}
        """
        .formatted(user, handle(user), viewId, viewId, callbackId, metadata, values);
  }
}
