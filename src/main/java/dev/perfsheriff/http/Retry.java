package dev.perfsheriff.http;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry loop of the bot's outbound calls. An attempt either returns, throws an ordinary
 * exception (not worth a second try: it propagates at once), or throws {@link Again} wrapping the
 * error to report should the retries run out. A failure waits the server's own delay when it gave
 * one, otherwise the back-off; it counts against {@code maxAttempts} unless it says it does not (a
 * rate limit is not the server failing). When a wait is cut short (the application is stopping) the
 * last error is thrown.
 */
public final class Retry {

  private static final Logger log = LoggerFactory.getLogger(Retry.class);

  private final int maxAttempts;
  private final Backoff backoff;
  private final Pause pause;

  public Retry(int maxAttempts, Backoff backoff, Pause pause) {
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.pause = pause;
  }

  /** One try of a call; {@code attempt} counts from 1. */
  @FunctionalInterface
  public interface Attempt<T> {
    T call(int attempt);
  }

  public <T> T run(String what, Attempt<T> attempt) {
    int failures = 0;
    for (int tries = 1; ; tries++) {
      try {
        return attempt.call(tries);
      } catch (Again again) {
        if (again.counts && ++failures >= maxAttempts) {
          throw again.error;
        }
        int retry = tries;
        Duration wait = again.wait.orElseGet(() -> backoff.delayBeforeRetry(retry));
        log.warn(
            "{} failed ({}); retrying in {} ms", what, again.error.getMessage(), wait.toMillis());
        if (!pause.pause(wait)) {
          throw again.error;
        }
      }
    }
  }

  /** An attempt that may pass on another try, with the error to report if none does. */
  public static final class Again extends RuntimeException {

    private final RuntimeException error;
    private final Optional<Duration> wait;
    private final boolean counts;

    private Again(RuntimeException error, Optional<Duration> wait, boolean counts) {
      super(error.getMessage(), error, false, false);
      this.error = error;
      this.wait = wait;
      this.counts = counts;
    }

    /** Retry after the back-off. */
    public static Again after(RuntimeException error) {
      return new Again(error, Optional.empty(), true);
    }

    /** Retry after the server's wait if it named one, counting this failure. */
    public static Again after(RuntimeException error, Optional<Duration> serverWait) {
      return new Again(error, serverWait, true);
    }

    /** Retry after the server's wait or the back-off, without counting this failure. */
    public static Again uncounted(RuntimeException error, Optional<Duration> serverWait) {
      return new Again(error, serverWait, false);
    }
  }
}
