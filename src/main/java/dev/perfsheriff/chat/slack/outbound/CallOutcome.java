package dev.perfsheriff.chat.slack.outbound;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/** How one Web API call ended, in the terms the queue acts on. */
sealed interface CallOutcome {

  /** Errors that no retry can cure: the message is marked failed at once. */
  Set<String> PERMANENT =
      Set.of(
          "channel_not_found",
          "not_in_channel",
          "is_archived",
          "invalid_blocks",
          "invalid_metadata_format",
          "msg_too_long",
          "message_not_found",
          "cant_update_message",
          "invalid_auth",
          "account_inactive",
          "token_revoked",
          "missing_scope");

  record Posted(String ts) implements CallOutcome {}

  /** Slack said {@code ratelimited}; {@code retryAfter} is its Retry-After, when it gave one. */
  record RateLimited(Duration retryAfter) implements CallOutcome {}

  record Failed(String error, boolean permanent) implements CallOutcome {}

  static CallOutcome of(boolean ok, String error, String ts) {
    if (ok) {
      return new Posted(ts);
    }
    if ("ratelimited".equals(error)) {
      return new RateLimited(null);
    }
    return new Failed(error, PERMANENT.contains(error));
  }

  static CallOutcome of(ChatPostMessageResponse response) {
    return of(response.isOk(), response.getError(), response.getTs());
  }

  static CallOutcome of(SlackApiException e) {
    if (e.getResponse() != null && e.getResponse().code() == 429) {
      return new RateLimited(retryAfter(e.getResponse().header("Retry-After")));
    }
    String error = e.getError() != null ? e.getError().getError() : null;
    if ("ratelimited".equals(error)) {
      return new RateLimited(null);
    }
    String described = error != null ? error : "HTTP " + e.getResponse().code();
    return new Failed(described, error != null && PERMANENT.contains(error));
  }

  static CallOutcome of(IOException e) {
    return new Failed("network: " + e.getMessage(), false);
  }

  private static Duration retryAfter(String header) {
    try {
      return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
