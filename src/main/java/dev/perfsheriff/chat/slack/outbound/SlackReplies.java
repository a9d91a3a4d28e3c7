package dev.perfsheriff.chat.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.perfsheriff.chat.slack.SlackEnabled;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Answers to one person, sent at once (they are waiting, and a repeated ephemeral answer harms
 * nobody): ephemeral messages, {@code response_url} answers and the modals. Each method returns
 * whether Slack accepted it; failures are logged, never thrown at the caller.
 */
@Component
@Conditional(SlackEnabled.class)
public class SlackReplies {

  private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);

  private final MethodsClient methods;
  private final Slack slack;

  SlackReplies(MethodsClient methods, Slack slack) {
    this.methods = methods;
    this.slack = slack;
  }

  /** {@code chat.postEphemeral}: only {@code userId} sees it, in the channel or thread. */
  public boolean ephemeral(String channelId, String userId, String threadTs, String mrkdwn) {
    try {
      var response =
          methods.chatPostEphemeral(
              ChatPostEphemeralRequest.builder()
                  .channel(channelId)
                  .user(userId)
                  .threadTs(threadTs)
                  .text(mrkdwn)
                  .build());
      return accepted("chat.postEphemeral", response.isOk(), response.getError());
    } catch (IOException | SlackApiException e) {
      return failed("chat.postEphemeral", e);
    }
  }

  /** Answers through a {@code response_url} (slash command, button) as an ephemeral message. */
  public boolean respond(String responseUrl, String mrkdwn) {
    return respond(responseUrl, "ephemeral", mrkdwn);
  }

  /**
   * Answers through a {@code response_url} visibly to everyone in the conversation ({@code
   * in_channel}): for public answers that belong to no summary thread.
   */
  public boolean respondInChannel(String responseUrl, String mrkdwn) {
    return respond(responseUrl, "in_channel", mrkdwn);
  }

  private boolean respond(String responseUrl, String responseType, String mrkdwn) {
    String payload =
        GsonFactory.createSnakeCase()
            .toJson(
                Map.of("response_type", responseType, "replace_original", false, "text", mrkdwn));
    try {
      WebhookResponse response = slack.send(responseUrl, payload);
      return accepted("response_url", response.getCode() == 200, response.getBody());
    } catch (IOException e) {
      return failed("response_url", e);
    }
  }

  /** {@code views.open} of a modal (cherry-pick, handoff note); a trigger id lives ~3 seconds. */
  public boolean openModal(String triggerId, View view) {
    try {
      var response =
          methods.viewsOpen(ViewsOpenRequest.builder().triggerId(triggerId).view(view).build());
      return accepted("views.open", response.isOk(), response.getError());
    } catch (IOException | SlackApiException e) {
      return failed("views.open", e);
    }
  }

  private static boolean accepted(String method, boolean ok, String error) {
    if (!ok) {
      log.warn("Slack refused {}: {}", method, error);
    }
    return ok;
  }

  private static boolean failed(String method, Exception e) {
    log.warn("Slack call {} failed: {}", method, e.toString());
    return false;
  }
}
