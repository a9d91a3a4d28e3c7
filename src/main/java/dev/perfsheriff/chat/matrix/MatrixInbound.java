package dev.perfsheriff.chat.matrix;

/**
 * Where the Matrix transport hands what sheriffs do in the room. The sync loop calls it once per
 * inbound event (never twice, even across restarts), on the sync thread, in timeline order; role
 * checks, parsing the command grammar and replies are the receiver's job. Events from other rooms,
 * from the bot itself and malformed events never reach it.
 *
 * <p>Required when Matrix is enabled: the wiring connects it to the chat core.
 */
public interface MatrixInbound {

  /** A {@code !perf …} message in the room or in a thread. */
  void command(InboundCommand command);

  /** A reaction with one of the four action keys on a summary card. */
  void reaction(InboundReaction reaction);

  /** Any other message in the thread of a summary card (for the notes mirror). */
  void threadMessage(InboundThreadMessage message);

  /**
   * An edit ({@code m.replace}) of {@code original} by {@code sender}, with the new plain text (its
   * {@code m.new_content.body}); which message it edits is the receiver's to look up.
   */
  void messageEdited(String sender, String original, String newBody);

  /** A redaction ({@code m.room.redaction}) of the event {@code redacted}. */
  void redacted(String sender, String redacted);
}
