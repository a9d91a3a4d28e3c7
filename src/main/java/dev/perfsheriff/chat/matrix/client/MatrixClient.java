package dev.perfsheriff.chat.matrix.client;

import dev.perfsheriff.shared.Secret;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Client-Server API v3 calls the bot makes, one attempt each: failures come back as a {@link
 * MatrixApiException} saying whether to wait, back off or give up; retrying is the caller's job
 * (the outbound queue and the sync loop). Every answer also updates {@link ConnectionHealth}.
 */
public final class MatrixClient {

  private static final MediaType JSON = MediaType.get("application/json");

  /** How much longer than the long poll we wait for its answer before calling it a timeout. */
  private static final Duration LONG_POLL_MARGIN = Duration.ofSeconds(15);

  private final OkHttpClient http;
  private final OkHttpClient longPoll;
  private final JsonMapper json;
  private final HttpUrl api;
  private final HttpUrl media;
  private final Secret token;
  private final ErrorReader errors;
  private final ConnectionHealth health;

  /**
   * @param longPollTimeout the longest {@code /sync} timeout used, so the read timeout outlasts it
   */
  public MatrixClient(
      OkHttpClient http,
      JsonMapper json,
      URI homeserver,
      Secret token,
      Duration longPollTimeout,
      ConnectionHealth health) {
    this.http = http;
    this.longPoll =
        http.newBuilder()
            .dispatcher(new Dispatcher())
            .readTimeout(longPollTimeout.plus(LONG_POLL_MARGIN))
            .build();
    this.json = json;
    this.api = HttpUrl.get(homeserver).newBuilder().addPathSegments("_matrix/client/v3").build();
    this.media = HttpUrl.get(homeserver).newBuilder().addPathSegments("_matrix/media/v3").build();
    this.token = token;
    this.errors = new ErrorReader(json);
    this.health = health;
  }

  public WhoAmI whoami() {
    return call(get(url("account", "whoami")), WhoAmI.class, http);
  }

  /** The room id behind {@code roomIdOrAlias}: ids are returned as they are, aliases looked up. */
  public String resolveRoom(String roomIdOrAlias) {
    if (roomIdOrAlias.startsWith("!")) {
      return roomIdOrAlias;
    }
    return call(get(url("directory", "room", roomIdOrAlias)), RoomAlias.class, http).roomId();
  }

  /**
   * One {@code /sync}: from {@code since} (null for an initial sync), held open up to {@code
   * timeout} when nothing is new.
   */
  public SyncResponse sync(String since, SyncFilter filter, Duration timeout) {
    HttpUrl.Builder url =
        url("sync")
            .newBuilder()
            .addQueryParameter("filter", json.writeValueAsString(filter))
            .addQueryParameter("timeout", Long.toString(timeout.toMillis()))
            .addQueryParameter("set_presence", "offline");
    if (since != null) {
      url.addQueryParameter("since", since);
    }
    return call(get(url.build()), SyncResponse.class, longPoll);
  }

  /** Room timeline events forward from {@code from} (a sync token) up to {@code to}. */
  public MessagesPage messagesForward(
      String roomId, String from, String to, SyncFilter.EventFilter filter) {
    HttpUrl.Builder url =
        url("rooms", roomId, "messages")
            .newBuilder()
            .addQueryParameter("dir", "f")
            .addQueryParameter("from", from)
            .addQueryParameter("filter", json.writeValueAsString(filter));
    if (to != null) {
      url.addQueryParameter("to", to);
    }
    return call(get(url.build()), MessagesPage.class, http);
  }

  /**
   * {@code PUT /rooms/{roomId}/send/{eventType}/{txnId}}; the same {@code txnId} sent twice yields
   * the same event, so a retried send never posts twice.
   */
  public String send(String roomId, String eventType, String txnId, Object content) {
    HttpUrl url = url("rooms", roomId, "send", eventType, txnId);
    return call(put(url, content), EventIdResponse.class, http).eventId();
  }

  /**
   * {@code POST /_matrix/media/v3/upload?filename=…} with the bytes as the body: stores a file in
   * the homeserver's media repository and returns its {@code mxc://} URI for an {@code m.image} or
   * {@code m.file} event. Not idempotent; an upload whose event was never sent is merely unused.
   */
  public String upload(String filename, String mediaType, byte[] bytes) {
    HttpUrl url =
        media.newBuilder().addPathSegment("upload").addQueryParameter("filename", filename).build();
    Request request =
        authorized(url).post(RequestBody.create(bytes, MediaType.get(mediaType))).build();
    return call(request, ContentUri.class, http).contentUri();
  }

  /** {@code PUT /rooms/{roomId}/redact/{eventId}/{txnId}}: removes an event's content. */
  public String redact(String roomId, String eventId, String txnId, String reason) {
    HttpUrl url = url("rooms", roomId, "redact", eventId, txnId);
    return call(put(url, new RedactRequest(reason)), EventIdResponse.class, http).eventId();
  }

  /** Ends a long poll under way (on shutdown), so the sync thread need not wait for it. */
  public void cancelLongPoll() {
    longPoll.dispatcher().cancelAll();
  }

  private HttpUrl url(String... segments) {
    HttpUrl.Builder builder = api.newBuilder();
    for (String segment : segments) {
      builder.addPathSegment(segment);
    }
    return builder.build();
  }

  private Request get(HttpUrl url) {
    return authorized(url).get().build();
  }

  private Request put(HttpUrl url, Object body) {
    return authorized(url).put(RequestBody.create(json.writeValueAsString(body), JSON)).build();
  }

  private Request.Builder authorized(HttpUrl url) {
    return new Request.Builder().url(url).header("Authorization", "Bearer " + token.reveal());
  }

  private <T> T call(Request request, Class<T> answer, OkHttpClient client) {
    String what = request.method() + " " + request.url().encodedPath();
    try (Response response = client.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        MatrixApiException failure = errors.read(what, response, body);
        if (failure.kind() == MatrixApiException.Kind.TOKEN_REJECTED) {
          health.tokenRejected(failure.getMessage());
        }
        throw failure;
      }
      health.tokenAccepted();
      return json.readValue(body, answer);
    } catch (IOException e) {
      throw new MatrixApiException(what + " failed: " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new MatrixApiException(what + " answered with unreadable JSON", e);
    }
  }
}
