package dev.perfsheriff.chat.port;

import dev.perfsheriff.shared.Actor;

/**
 * Inbound port: what people write in a summary's thread that is not a command, for the notes
 * mirror. Every platform adapter (Slack, Matrix, the console) calls it after acknowledging the
 * event, at most once per event, from a background thread. Implemented by the notes module; when it
 * is absent, thread messages are only logged.
 */
public interface ThreadNotes {

  /** A new message in a card's thread. */
  void posted(ThreadMessage message);

  /**
   * {@code editor} replaced the text of {@code message} with {@code text} (only an edit by the
   * message's own author counts, as on Matrix, where anyone may send a replacement event).
   */
  void edited(MessageRef message, Actor editor, String text);

  /** The message was deleted (or redacted) on its platform. */
  void deleted(MessageRef message);
}
