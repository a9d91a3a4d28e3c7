package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.matrix.MatrixFile;
import dev.perfsheriff.chat.matrix.MatrixOutbound;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChannelPosting;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import java.util.Optional;

/**
 * Matrix's {@link ChannelPosting}: messages in the room or a card's thread, files through the media
 * repository as {@code m.image} / {@code m.file} events. The caller's key becomes the transaction
 * id, so a retried post whose first answer was lost yields the same event, never a second one.
 */
public final class MatrixChannelPosting implements ChannelPosting {

  private final MatrixOutbound outbound;
  private final ChatMessageRenderer messages = new ChatMessageRenderer();

  public MatrixChannelPosting(MatrixOutbound outbound) {
    this.outbound = outbound;
  }

  @Override
  public String name() {
    return ChatMessageRenderer.PLATFORM;
  }

  @Override
  public void post(Optional<MessageRef> card, ChatMessage message, String key) {
    String txnId = "perfsheriff-post-" + key;
    if (card.isPresent()) {
      outbound.postInThread(card.get().messageId(), messages.render(message), txnId).join();
    } else {
      outbound.postInRoom(messages.render(message), txnId).join();
    }
  }

  /** The comment goes first as a message of its own (Matrix files carry a caption only). */
  @Override
  public void upload(Optional<MessageRef> card, ChatFile file, ChatMessage comment, String key) {
    post(card, comment, key + "-comment");
    MatrixFile matrixFile =
        new MatrixFile(file.filename(), file.mediaType(), file.bytes(), file.title());
    outbound
        .shareFile(card.map(MessageRef::messageId), matrixFile, "perfsheriff-post-" + key + "-file")
        .join();
  }
}
