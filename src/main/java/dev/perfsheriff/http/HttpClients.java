package dev.perfsheriff.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one way the bot builds an OkHttp client: explicit timeouts (OkHttp's default read timeout
 * would let a hung host hold a Quartz job), the bot's User-Agent on every request that does not set
 * its own, redirects followed, and no silent connection retry: retries are decided by {@link Retry}
 * per call, because a resent hook trigger would schedule perf jobs twice. Each client keeps its own
 * connection pool: a connection one service's client left idle is never handed to another's.
 */
public final class HttpClients {

  /** The User-Agent of callers that do not configure one. */
  public static final String USER_AGENT = "perf-sheriff-bot/0.1";

  private HttpClients() {}

  public static OkHttpClient.Builder builder(
      Duration connectTimeout, Duration readTimeout, String userAgent) {
    return new OkHttpClient.Builder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .followRedirects(true)
        .retryOnConnectionFailure(false)
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain.request().header("User-Agent") == null
                        ? chain.request().newBuilder().header("User-Agent", userAgent).build()
                        : chain.request()));
  }

  public static OkHttpClient client(Duration connectTimeout, Duration readTimeout) {
    return builder(connectTimeout, readTimeout, USER_AGENT).build();
  }
}
