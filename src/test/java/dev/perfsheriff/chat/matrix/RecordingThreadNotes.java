package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.ThreadMessage;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.shared.Actor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The notes mirror's place in wiring tests that are about something else: records what came. */
final class RecordingThreadNotes implements ThreadNotes {

  final List<Object> received = new CopyOnWriteArrayList<>();

  @Override
  public void posted(ThreadMessage message) {
    received.add(message);
  }

  @Override
  public void edited(MessageRef message, Actor editor, String text) {
    received.add("edit of " + message.messageId() + " by " + editor.qualifiedId() + ": " + text);
  }

  @Override
  public void deleted(MessageRef message) {
    received.add("deletion of " + message.messageId());
  }
}
