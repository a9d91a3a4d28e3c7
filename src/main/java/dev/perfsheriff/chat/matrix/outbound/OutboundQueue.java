package dev.perfsheriff.chat.matrix.outbound;

import dev.perfsheriff.chat.matrix.MatrixProperties;
import dev.perfsheriff.chat.matrix.client.Backoff;
import dev.perfsheriff.chat.matrix.client.MatrixApiException;
import dev.perfsheriff.chat.matrix.client.Sleeper;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends to the homeserver one request at a time, in submission order (a card is posted before its
 * reactions and edits). A request refused with {@code M_LIMIT_EXCEEDED} waits exactly as long as
 * the homeserver asked and is repeated as it was (same transaction id), without counting as a
 * failed attempt; 5xx, timeouts and a rejected token are retried with back-off up to {@code
 * maxAttempts}; any other refusal fails at once.
 */
public final class OutboundQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

  private final MatrixProperties.Send settings;
  private final Sleeper sleeper;
  private final ExecutorService worker;

  public OutboundQueue(MatrixProperties.Send settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.worker =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "matrix-outbound");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues {@code request}; the future completes with its result or its final failure. */
  public <T> CompletableFuture<T> submit(String description, Callable<T> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    worker.execute(() -> runWithRetries(description, request, result));
    return result;
  }

  private <T> void runWithRetries(
      String description, Callable<T> request, CompletableFuture<T> result) {
    Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    int failures = 0;
    while (true) {
      try {
        result.complete(request.call());
        return;
      } catch (MatrixApiException e) {
        Duration wait;
        if (e.kind() == MatrixApiException.Kind.RATE_LIMITED) {
          wait = e.retryAfter().orElseGet(backoff::next);
        } else if (e.kind() == MatrixApiException.Kind.REFUSED
            || ++failures >= settings.maxAttempts()) {
          giveUp(description, e, result);
          return;
        } else {
          wait =
              e.kind() == MatrixApiException.Kind.TOKEN_REJECTED
                  ? settings.tokenRejectedRetry()
                  : backoff.next();
        }
        log.debug("Matrix: {} will be retried in {}: {}", description, wait, e.getMessage());
        if (!pause(wait)) {
          result.completeExceptionally(e);
          return;
        }
      } catch (Exception e) {
        giveUp(description, e, result);
        return;
      }
    }
  }

  private boolean pause(Duration wait) {
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void giveUp(String description, Exception e, CompletableFuture<?> result) {
    log.warn("Matrix: gave up on {}: {}", description, e.getMessage());
    result.completeExceptionally(e);
  }

  /** Stops taking work; requests under way get a short grace period to finish. */
  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
