package dev.perfsheriff.chat.slack.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatDeleteRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatDeleteResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.Message;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.blocks.CardBlocks;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Turns one claimed {@link OutboxMessage} into its Web API call. Every posted message carries
 * metadata that identifies it (the card: the contract's summary id; anything else: its row id), so
 * a claim interrupted by a crash can be matched with what Slack already has.
 */
@Component
@Conditional(SlackEnabled.class)
class SlackPoster {

  /** Metadata event type of the bot's non-card messages, to find them again after a crash. */
  static final String MESSAGE_EVENT_TYPE = "perf_sheriff_message";

  private final MethodsClient methods;

  SlackPoster(MethodsClient methods) {
    this.methods = methods;
  }

  CallOutcome send(OutboxMessage message) {
    if (message.parentId() != null && message.parentTs() == null) {
      return new CallOutcome.Failed("the summary's card was never posted", true);
    }
    try {
      return switch (message.kind()) {
        case OutboxMessage.UPDATE -> update(message);
        case OutboxMessage.DELETE -> delete(message);
        default -> post(message);
      };
    } catch (SlackApiException e) {
      return CallOutcome.of(e);
    } catch (IOException e) {
      return CallOutcome.of(e);
    }
  }

  private CallOutcome post(OutboxMessage message) throws IOException, SlackApiException {
    ChatPostMessageRequest.ChatPostMessageRequestBuilder request =
        ChatPostMessageRequest.builder()
            .channel(message.channel())
            .text(message.text())
            .blocksAsString(message.blocks())
            .metadata(metadata(message))
            .unfurlLinks(false)
            .unfurlMedia(false);
    if (message.parentTs() != null) {
      request.threadTs(message.parentTs()).replyBroadcast(message.broadcast());
    }
    return CallOutcome.of(methods.chatPostMessage(request.build()));
  }

  /**
   * {@code chat.update}. Card edits carry blocks and the card's metadata; an edit of a thread reply
   * is text only and keeps the metadata the reply was posted with.
   */
  private CallOutcome update(OutboxMessage message) throws IOException, SlackApiException {
    ChatUpdateRequest.ChatUpdateRequestBuilder request =
        ChatUpdateRequest.builder()
            .channel(message.channel())
            .ts(message.parentTs())
            .text(message.text());
    if (message.blocks() != null) {
      request.blocksAsString(message.blocks()).metadata(CardBlocks.metadata(message.summaryId()));
    }
    ChatUpdateResponse response = methods.chatUpdate(request.build());
    return CallOutcome.of(response.isOk(), response.getError(), message.parentTs());
  }

  /** {@code chat.delete}; a message already gone ({@code message_not_found}) is what we wanted. */
  private CallOutcome delete(OutboxMessage message) throws IOException, SlackApiException {
    ChatDeleteResponse response =
        methods.chatDelete(
            ChatDeleteRequest.builder().channel(message.channel()).ts(message.parentTs()).build());
    boolean gone = response.isOk() || "message_not_found".equals(response.getError());
    return CallOutcome.of(gone, response.getError(), message.parentTs());
  }

  static Message.Metadata metadata(OutboxMessage message) {
    if (message.isCard()) {
      return CardBlocks.metadata(message.summaryId());
    }
    return new Message.Metadata(MESSAGE_EVENT_TYPE, Map.of("message_id", message.id()));
  }
}
