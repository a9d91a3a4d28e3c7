package dev.perfsheriff.perfherder.api;

import dev.perfsheriff.perfherder.PerfherderProperties;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request to Treeherder with the bot's User-Agent and timeouts, retrying what may pass on
 * a second try (5xx, 429, timeouts and broken connections) after a jittered back-off or the
 * server's Retry-After. A 4xx is not retried: it becomes a {@link PerfherderClientError}.
 */
public class PerfherderHttp {

  private static final Logger log = LoggerFactory.getLogger(PerfherderHttp.class);
  private static final int TOO_MANY_REQUESTS = 429;

  private final OkHttpClient client;
  private final PerfherderProperties.Http settings;
  private final Backoff backoff;

  public PerfherderHttp(PerfherderProperties.Http settings, Backoff backoff) {
    this.settings = settings;
    this.backoff = backoff;
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .followRedirects(true)
            .retryOnConnectionFailure(false)
            .build();
  }

  /** The answer to a request that succeeded (2xx or 3xx after redirects). */
  public record Reply(int status, String body, okhttp3.Headers headers) {}

  public Reply send(Request request) {
    Request named = request.newBuilder().header("User-Agent", settings.userAgent()).build();
    String what = named.method() + " " + named.url();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= settings.maxAttempts();
      Duration wait;
      try (Response response = client.newCall(named).execute()) {
        int status = response.code();
        String body = bodyOf(response);
        if (status < 400) {
          return new Reply(status, body, response.headers());
        }
        if (status != TOO_MANY_REQUESTS && status < 500) {
          throw new PerfherderClientError(status, named.method(), named.url().toString(), body);
        }
        if (last) {
          throw new PerfherderException(
              "Perfherder kept failing "
                  + what
                  + ": HTTP "
                  + status
                  + " after "
                  + attempt
                  + " attempts.");
        }
        wait = waitAfter(response, attempt, what);
        log.warn(
            "Perfherder answered HTTP {} to {}; retrying in {} ms", status, what, wait.toMillis());
      } catch (IOException e) {
        if (last) {
          throw new PerfherderException(
              "Perfherder did not answer "
                  + what
                  + " after "
                  + attempt
                  + " attempts ("
                  + describe(e)
                  + ").",
              e);
        }
        wait = backoff.delayBeforeRetry(attempt);
        log.warn(
            "Perfherder call {} failed ({}); retrying in {} ms",
            what,
            describe(e),
            wait.toMillis());
      }
      sleep(wait);
    }
  }

  private Duration waitAfter(Response response, int attempt, String what) {
    Optional<Duration> asked = retryAfter(response.header("Retry-After"));
    if (asked.isEmpty()) {
      return backoff.delayBeforeRetry(attempt);
    }
    if (!backoff.acceptable(asked.get())) {
      throw new PerfherderException(
          "Perfherder asked to wait "
              + asked.get().toSeconds()
              + " s before "
              + what
              + ", longer than this bot waits; giving up for now.");
    }
    return asked.get();
  }

  /**
   * Retry-After in seconds; the HTTP-date form is rare for Treeherder and falls back to back-off.
   */
  static Optional<Duration> retryAfter(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String bodyOf(Response response) throws IOException {
    ResponseBody body = response.body();
    return body == null ? "" : body.string();
  }

  private static String describe(IOException e) {
    return e instanceof InterruptedIOException
        ? "timed out"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PerfherderException("Interrupted while waiting to retry a Perfherder call.", e);
    }
  }
}
