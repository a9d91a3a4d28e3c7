package dev.perfsheriff.chat.slack;

import dev.perfsheriff.chat.slack.inbound.SlackButtonClick;
import dev.perfsheriff.chat.slack.inbound.SlackCherryPick;
import dev.perfsheriff.chat.slack.inbound.SlackCommand;
import dev.perfsheriff.chat.slack.inbound.SlackHandoffNote;
import dev.perfsheriff.chat.slack.inbound.SlackInbound;
import dev.perfsheriff.chat.slack.inbound.SlackThreadMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The test's stand-in for the chat core: records what the adapter handed on. A command whose text
 * is {@code slow} blocks until {@link #releaseSlowWork()}, to show the ack does not wait for it.
 */
public class RecordingSlackInbound implements SlackInbound {

  public final List<Object> received = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch slowGate = new CountDownLatch(1);
  private volatile CountDownLatch slowDone = new CountDownLatch(1);

  public void reset() {
    received.clear();
    slowGate = new CountDownLatch(1);
    slowDone = new CountDownLatch(1);
  }

  public void releaseSlowWork() {
    slowGate.countDown();
  }

  public boolean slowWorkDone() {
    return slowDone.getCount() == 0;
  }

  @Override
  public void command(SlackCommand command) {
    if (command.text().equals("slow")) {
      try {
        slowGate.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      received.add(command);
      slowDone.countDown();
      return;
    }
    received.add(command);
  }

  @Override
  public void buttonClicked(SlackButtonClick click) {
    received.add(click);
  }

  @Override
  public void cherryPickSubmitted(SlackCherryPick submission) {
    received.add(submission);
  }

  @Override
  public void handoffNoteSubmitted(SlackHandoffNote submission) {
    received.add(submission);
  }

  @Override
  public void threadMessage(SlackThreadMessage message) {
    received.add(message);
  }

  @Override
  public void threadMessageEdited(SlackThreadMessage message) {
    received.add(message);
  }

  @Override
  public void messageDeleted(String channelId, String ts) {
    received.add(channelId + "/" + ts);
  }
}
