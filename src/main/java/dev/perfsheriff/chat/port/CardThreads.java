package dev.perfsheriff.chat.port;

import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * Port: where a summary's card was announced on a platform (the announcement records). Lets a
 * public reply to a command typed in the channel land in the summary's thread.
 */
public interface CardThreads {

  Optional<MessageRef> cardOf(SummaryId summary, String platform);
}
