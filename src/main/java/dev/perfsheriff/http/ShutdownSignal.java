package dev.perfsheriff.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Tells every retry wait that the application is stopping. The context publishes {@link
 * ContextClosedEvent} before it stops anything, so a Quartz job retrying a dead host gives up at
 * once instead of holding the scheduler's shutdown (which waits for running jobs) for the whole
 * back-off: a stop takes seconds, not the sum of every wait left.
 */
@Component
public class ShutdownSignal implements Pause, ApplicationListener<ContextClosedEvent> {

  private final CountDownLatch stopping = new CountDownLatch(1);

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    stopping.countDown();
  }

  public boolean stopping() {
    return stopping.getCount() == 0;
  }

  @Override
  public boolean pause(Duration duration) {
    try {
      return !stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
