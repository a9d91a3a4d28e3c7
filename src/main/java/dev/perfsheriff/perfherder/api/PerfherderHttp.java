package dev.perfsheriff.perfherder.api;

import dev.perfsheriff.http.Backoff;
import dev.perfsheriff.http.HttpClients;
import dev.perfsheriff.http.Retry;
import dev.perfsheriff.perfherder.PerfherderProperties;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one request to Treeherder with the bot's User-Agent and timeouts, retrying what may pass on
 * a second try (5xx, 429, timeouts and broken connections) after a jittered back-off or the
 * server's Retry-After. A 4xx is not retried: it becomes a {@link PerfherderClientError}.
 */
public class PerfherderHttp {

  private static final int TOO_MANY_REQUESTS = 429;

  private final OkHttpClient client;
  private final Backoff backoff;
  private final Retry retry;

  public PerfherderHttp(PerfherderProperties.Http settings, Backoff backoff, Retry retry) {
    this.backoff = backoff;
    this.retry = retry;
    this.client =
        HttpClients.builder(settings.connectTimeout(), settings.readTimeout(), settings.userAgent())
            .build();
  }

  /** The answer to a request that succeeded (2xx or 3xx after redirects). */
  public record Reply(int status, String body, okhttp3.Headers headers) {}

  public Reply send(Request request) {
    String what = "Perfherder call " + request.method() + " " + request.url();
    return retry.run(what, attempt -> once(request, attempt));
  }

  private Reply once(Request request, int attempt) {
    String what = request.method() + " " + request.url();
    try (Response response = client.newCall(request).execute()) {
      int status = response.code();
      String body = bodyOf(response);
      if (status < 400) {
        return new Reply(status, body, response.headers());
      }
      if (status != TOO_MANY_REQUESTS && status < 500) {
        throw new PerfherderClientError(status, request.method(), request.url().toString(), body);
      }
      PerfherderException failure =
          new PerfherderException(
              "Perfherder kept failing "
                  + what
                  + ": HTTP "
                  + status
                  + " after "
                  + attempt
                  + " attempts.");
      throw Retry.Again.after(failure, serverWait(response, what));
    } catch (IOException e) {
      throw Retry.Again.after(
          new PerfherderException(
              "Perfherder did not answer "
                  + what
                  + " after "
                  + attempt
                  + " attempts ("
                  + describe(e)
                  + ").",
              e));
    }
  }

  private Optional<Duration> serverWait(Response response, String what) {
    Optional<Duration> asked = Backoff.retryAfter(response.header("Retry-After"));
    if (asked.isPresent() && !backoff.acceptable(asked.get())) {
      throw new PerfherderException(
          "Perfherder asked to wait "
              + asked.get().toSeconds()
              + " s before "
              + what
              + ", longer than this bot waits; giving up for now.");
    }
    return asked;
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
}
