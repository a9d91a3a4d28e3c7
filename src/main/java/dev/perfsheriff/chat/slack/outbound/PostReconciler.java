package dev.perfsheriff.chat.slack.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsRepliesRequest;
import com.slack.api.model.Message;
import dev.perfsheriff.chat.slack.SlackEnabled;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * After a crash between claim and confirmation: asks Slack whether the message got through, by its
 * metadata, among the channel's (or thread's) messages since the row was created.
 */
@Component
@Conditional(SlackEnabled.class)
class PostReconciler {

  /** Messages read back per look-up: the bot's own post is among the newest ones. */
  private static final int PAGE = 200;

  /** Slack's clock and the database's may disagree a little: look a bit further back. */
  private static final long CLOCK_SKEW_SECONDS = 60;

  private final MethodsClient methods;

  PostReconciler(MethodsClient methods) {
    this.methods = methods;
  }

  /** The ts of the already posted message, or empty when Slack never got it. */
  Optional<String> postedTs(OutboxMessage message) throws IOException, SlackApiException {
    String oldest =
        Long.toString(message.createdAt().getEpochSecond() - CLOCK_SKEW_SECONDS) + ".000000";
    List<Message> candidates =
        message.parentTs() == null ? channelSince(message, oldest) : threadSince(message, oldest);
    Message.Metadata expected = SlackPoster.metadata(message);
    return candidates.stream()
        .filter(m -> sameMetadata(m.getMetadata(), expected))
        .map(Message::getTs)
        .findFirst();
  }

  private List<Message> channelSince(OutboxMessage message, String oldest)
      throws IOException, SlackApiException {
    var response =
        methods.conversationsHistory(
            ConversationsHistoryRequest.builder()
                .channel(message.channel())
                .oldest(oldest)
                .includeAllMetadata(true)
                .limit(PAGE)
                .build());
    return okOrThrow(response.isOk(), response.getError(), response.getMessages());
  }

  private List<Message> threadSince(OutboxMessage message, String oldest)
      throws IOException, SlackApiException {
    var response =
        methods.conversationsReplies(
            ConversationsRepliesRequest.builder()
                .channel(message.channel())
                .ts(message.parentTs())
                .oldest(oldest)
                .includeAllMetadata(true)
                .limit(PAGE)
                .build());
    return okOrThrow(response.isOk(), response.getError(), response.getMessages());
  }

  private static List<Message> okOrThrow(boolean ok, String error, List<Message> messages)
      throws IOException {
    if (!ok) {
      throw new IOException("Slack refused the look-up: " + error);
    }
    return messages == null ? List.of() : messages;
  }

  /** Slack hands numbers back as decimals, so payload values are compared as numbers. */
  private static boolean sameMetadata(Message.Metadata actual, Message.Metadata expected) {
    if (actual == null
        || actual.getEventPayload() == null
        || !Objects.equals(actual.getEventType(), expected.getEventType())) {
      return false;
    }
    return expected.getEventPayload().entrySet().stream()
        .allMatch(e -> sameNumber(actual.getEventPayload().get(e.getKey()), e.getValue()));
  }

  private static boolean sameNumber(Object actual, Object expected) {
    if (actual == null) {
      return false;
    }
    try {
      return new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected.toString())) == 0;
    } catch (NumberFormatException e) {
      return actual.toString().equals(expected.toString());
    }
  }
}
