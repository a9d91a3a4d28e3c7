package dev.perfsheriff.chat.port;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * The core's immediate answer to a request (sent within the platform's acknowledgement deadline;
 * slow work reports later into the summary's thread).
 *
 * @param summary the summary it is about: a public reply goes into that summary's thread
 */
public record Reply(Visibility visibility, ChatMessage message, Optional<SummaryId> summary) {

  /** Who sees the reply. */
  public enum Visibility {
    /** Only the actor (usage errors, refusals, help, previews). */
    PRIVATE,
    /** Everyone: in the summary's thread, or where the request came from. */
    PUBLIC
  }

  public static Reply privately(ChatMessage message) {
    return new Reply(Visibility.PRIVATE, message, Optional.empty());
  }

  public static Reply publicly(ChatMessage message, Optional<SummaryId> summary) {
    return new Reply(Visibility.PUBLIC, message, summary);
  }
}
