package dev.perfsheriff.chat.matrix.outbound;

import dev.perfsheriff.chat.matrix.MatrixProperties;
import dev.perfsheriff.chat.matrix.client.MatrixApiException;
import dev.perfsheriff.chat.matrix.client.Sleeper;
import dev.perfsheriff.http.Backoff;
import dev.perfsheriff.http.Retry;
import dev.perfsheriff.ops.BotMetrics;
import java.util.Optional;
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

  private static final String MATRIX = "matrix";

  private final MatrixProperties.Send settings;
  private final Retry retry;
  private final BotMetrics metrics;
  private final ExecutorService worker;

  public OutboundQueue(MatrixProperties.Send settings, Sleeper sleeper, BotMetrics metrics) {
    this.settings = settings;
    this.metrics = metrics;
    this.retry =
        new Retry(
            settings.maxAttempts(),
            Backoff.doubling(settings.initialBackoff(), settings.maxBackoff()),
            // Called only when a request is about to be sent again.
            wait -> {
              metrics.chatPost(MATRIX, "retried");
              try {
                sleeper.sleep(wait);
                return true;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
              }
            });
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
    try {
      result.complete(retry.run("Matrix: " + description, attempt -> once(request)));
    } catch (RuntimeException e) {
      Throwable failure = e instanceof CheckedFailure ? e.getCause() : e;
      log.warn("Matrix: gave up on {}: {}", description, failure.getMessage());
      metrics.chatPost(MATRIX, "failed");
      result.completeExceptionally(failure);
    }
  }

  /** A checked exception of a request, carried through the retry loop unchanged. */
  private static final class CheckedFailure extends RuntimeException {
    CheckedFailure(Exception cause) {
      super(cause);
    }
  }

  /** A rate limit waits as asked without counting; a refusal fails at once; the rest back off. */
  private <T> T once(Callable<T> request) {
    try {
      return request.call();
    } catch (MatrixApiException e) {
      throw switch (e.kind()) {
        case RATE_LIMITED -> Retry.Again.uncounted(e, e.retryAfter());
        case REFUSED -> e;
        case TOKEN_REJECTED -> Retry.Again.after(e, Optional.of(settings.tokenRejectedRetry()));
        case UNAVAILABLE -> Retry.Again.after(e);
      };
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new CheckedFailure(e);
    }
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
