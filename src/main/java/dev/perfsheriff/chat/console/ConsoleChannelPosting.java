package dev.perfsheriff.chat.console;

import static dev.perfsheriff.chat.console.ConsoleHtml.escape;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChannelPosting;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import java.util.Optional;

/**
 * The console's {@link ChannelPosting}: the scheduled reports' messages in the channel or a card's
 * thread, and their files as one message each, an image shown inline, any other file (a CSV) as a
 * download link. The caller's key makes each post happen once, so a retried post whose first
 * attempt got through shows one message and stores one file.
 */
final class ConsoleChannelPosting implements ChannelPosting {

  private final ConsoleChatPlatform platform;
  private final ConsoleMessages messages;
  private final ConsoleFiles files;

  ConsoleChannelPosting(
      ConsoleChatPlatform platform, ConsoleMessages messages, ConsoleFiles files) {
    this.platform = platform;
    this.messages = messages;
    this.files = files;
  }

  @Override
  public String name() {
    return platform.name();
  }

  @Override
  public void post(Optional<MessageRef> card, ChatMessage message, String key) {
    platform.postOnce(where(card), ConsoleHtml.render(message), postKey(key));
  }

  /** The comment and the file in one message, the comment first as in a Slack file share. */
  @Override
  public void upload(Optional<MessageRef> card, ChatFile file, ChatMessage comment, String key) {
    if (messages.byKey(postKey(key)).isPresent()) {
      return;
    }
    long id = files.store(file);
    platform.postOnce(where(card), ConsoleHtml.render(comment) + html(id, file), postKey(key));
  }

  static String html(long id, ChatFile file) {
    String path = ConsoleFiles.path(id);
    if (file.isImage()) {
      return "<figure class=\"file\"><img src=\""
          + path
          + "\" alt=\""
          + escape(file.title())
          + "\"><figcaption>"
          + escape(file.title())
          + "</figcaption></figure>";
    }
    return "<p class=\"file\"><a href=\""
        + path
        + "\" download=\""
        + escape(file.filename())
        + "\">"
        + escape(file.title())
        + "</a> <span class=\"size\">("
        + Math.max(1, (file.bytes().length + 1023) / 1024)
        + " KB)</span></p>";
  }

  private static MessageRef where(Optional<MessageRef> card) {
    return card.orElseGet(ConsoleChatPlatform::channel);
  }

  private static String postKey(String key) {
    return "post-" + key;
  }
}
