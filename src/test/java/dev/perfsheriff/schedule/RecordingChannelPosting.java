package dev.perfsheriff.schedule;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChannelPosting;
import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.chat.port.MessageRef;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat platform's {@link ChannelPosting} that records what it was given and fails the next calls
 * when told to (as a platform that is down throws). The Slack and Matrix adapters are tested
 * against their fakes in their own packages.
 */
public final class RecordingChannelPosting implements ChannelPosting {

  /** One post as received. */
  public record Received(Optional<MessageRef> card, String text, Optional<ChatFile> file) {}

  private final String name;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();

  public RecordingChannelPosting(String name) {
    this.name = name;
  }

  public void failNext(int times) {
    failures.set(times);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public void clear() {
    received.clear();
    failures.set(0);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void post(Optional<MessageRef> card, ChatMessage message, String key) {
    failIfTold();
    received.add(new Received(card, message.plainText(), Optional.empty()));
  }

  @Override
  public void upload(Optional<MessageRef> card, ChatFile file, ChatMessage comment, String key) {
    failIfTold();
    received.add(new Received(card, comment.plainText(), Optional.of(file)));
  }

  private void failIfTold() {
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException(name + " is down");
    }
  }
}
