package dev.perfsheriff.chat.matrix.wiring;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one worker thread that runs what sheriffs asked for in the room, so the sync thread only
 * hands events over and goes back to the long poll. One thread keeps a sheriff's commands in the
 * order they typed them (pick before retrigger). On shutdown it stops after the sync loop (a lower
 * phase stops later) and finishes the requests it has, so a restart loses none.
 */
public final class InboundWork implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboundWork.class);

  private final Duration drainTimeout;
  private ExecutorService worker = newWorker();
  private volatile boolean running;

  /**
   * @param drainTimeout how long shutdown waits for the requests still queued
   */
  public InboundWork(Duration drainTimeout) {
    this.drainTimeout = drainTimeout;
  }

  /** Runs {@code work} after everything submitted before it; failures are logged, not thrown. */
  public synchronized void submit(String description, Runnable work) {
    worker.execute(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            log.error("Matrix: {} failed: {}", description, e.getMessage(), e);
          }
        });
  }

  /** Starts (again, after a {@link #stop}) with a fresh worker thread. */
  @Override
  public synchronized void start() {
    if (worker.isShutdown()) {
      worker = newWorker();
    }
    running = true;
  }

  @Override
  public void stop() {
    ExecutorService stopping;
    synchronized (this) {
      running = false;
      stopping = worker;
    }
    drain(stopping);
  }

  private void drain(ExecutorService worker) {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "Matrix: {} inbound requests were cut off by shutdown", worker.shutdownNow().size());
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "matrix-inbound");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Below the sync loop's phase: stopped after it, so nothing new arrives while draining. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }
}
