package dev.perfsheriff.chat.matrix.sync;

import dev.perfsheriff.chat.matrix.client.MatrixClient;
import dev.perfsheriff.chat.matrix.client.Sleeper;
import dev.perfsheriff.chat.matrix.store.SyncLease;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link SyncLoop} on its own daemon thread while the application runs; on shutdown ends
 * the long poll under way and gives the lease back, so another replica can take over at once.
 */
public final class SyncLoopRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SyncLoopRunner.class);

  private final SyncLoop loop;
  private final SyncLease lease;
  private final MatrixClient client;
  private final Sleeper sleeper;
  private volatile boolean running;
  private Thread thread;

  public SyncLoopRunner(SyncLoop loop, SyncLease lease, MatrixClient client, Sleeper sleeper) {
    this.loop = loop;
    this.lease = lease;
    this.client = client;
    this.sleeper = sleeper;
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this::run, "matrix-sync");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    log.info("Matrix: sync loop started as lease holder candidate {}", lease.holder());
    while (running) {
      Duration pause = loop.step().pause();
      if (!pause.isZero()) {
        try {
          sleeper.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      client.cancelLongPoll();
      try {
        thread.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      lease.release();
    } catch (RuntimeException e) {
      log.warn("Matrix: could not release the sync lease (it will expire): {}", e.getMessage());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
