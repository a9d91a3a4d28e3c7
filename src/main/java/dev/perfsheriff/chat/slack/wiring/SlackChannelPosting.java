package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChannelPosting;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.slack.outbound.SlackFiles;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * Slack's {@link ChannelPosting}: texts go through the {@link SlackOutbox} (queued in PostgreSQL,
 * posted at Slack's pace); files are shared at once with {@link SlackFiles}, into the card's thread
 * once the card has its {@code ts}. Slack's upload has no idempotency key: the caller claims each
 * post before calling, so a retry follows only a failure.
 */
public final class SlackChannelPosting implements ChannelPosting {

  private final SlackOutbox outbox;
  private final SlackFiles files;

  public SlackChannelPosting(SlackOutbox outbox, SlackFiles files) {
    this.outbox = outbox;
    this.files = files;
  }

  @Override
  public String name() {
    return SlackChatPlatform.NAME;
  }

  @Override
  public void post(Optional<MessageRef> card, ChatMessage message, String key) {
    Optional<SummaryId> summary = card.flatMap(SlackRefs::summaryOf).filter(outbox::hasCard);
    if (summary.isPresent()) {
      outbox.replyInThread(summary.get(), Mrkdwn.render(message));
    } else {
      outbox.postInChannel(outbox.channel(), Mrkdwn.render(message));
    }
  }

  @Override
  public void upload(Optional<MessageRef> card, ChatFile file, ChatMessage comment, String key) {
    String threadTs = null;
    if (card.isPresent()) {
      SummaryId summary = SlackRefs.requireCard(card.get());
      threadTs =
          outbox
              .cardTs(summary)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "the card of summary " + summary + " is not in Slack yet"));
    }
    files.share(
        outbox.channel(),
        threadTs,
        file.filename(),
        file.mediaType(),
        file.bytes(),
        file.title(),
        Mrkdwn.render(comment));
  }
}
