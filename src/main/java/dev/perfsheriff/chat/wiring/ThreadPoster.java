package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.port.ReplySender;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * Posts what background work reports (progress, final reports) in the summary's thread on the
 * platform the request came from, or where the request was made when the card is not there.
 */
public final class ThreadPoster {

  private final ChatPlatforms platforms;
  private final ReplySender replies;

  public ThreadPoster(ChatPlatforms platforms, ReplySender replies) {
    this.platforms = platforms;
    this.replies = replies;
  }

  public void post(CommandContext context, SummaryId summary, ChatMessage message) {
    platforms
        .named(context.actor().platform())
        .ifPresent(
            platform ->
                replies.send(
                    platform, context.request(), Reply.publicly(message, Optional.of(summary))));
  }

  /** Posts where the request came from (operations that belong to no summary). */
  public void postWhereAsked(CommandContext context, ChatMessage message) {
    platforms
        .named(context.actor().platform())
        .ifPresent(
            platform ->
                replies.send(
                    platform, context.request(), Reply.publicly(message, Optional.empty())));
  }
}
