package dev.perfsheriff.chat.matrix;

import java.util.ArrayList;
import java.util.List;

/** A {@link MatrixInbound} that keeps what it was handed, in order. */
final class RecordingInbound implements MatrixInbound {

  private final List<Object> received = new ArrayList<>();

  @Override
  public synchronized void command(InboundCommand command) {
    received.add(command);
  }

  @Override
  public synchronized void reaction(InboundReaction reaction) {
    received.add(reaction);
  }

  @Override
  public synchronized void threadMessage(InboundThreadMessage message) {
    received.add(message);
  }

  @Override
  public synchronized void messageEdited(String sender, String original, String newBody) {
    received.add("edit of " + original + " by " + sender + ": " + newBody);
  }

  @Override
  public synchronized void redacted(String sender, String redacted) {
    received.add("redaction of " + redacted + " by " + sender);
  }

  synchronized List<Object> received() {
    return List.copyOf(received);
  }

  synchronized <T> List<T> received(Class<T> type) {
    return received.stream().filter(type::isInstance).map(type::cast).toList();
  }

  synchronized void clear() {
    received.clear();
  }
}
