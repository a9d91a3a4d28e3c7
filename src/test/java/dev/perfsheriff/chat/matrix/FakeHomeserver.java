package dev.perfsheriff.chat.matrix;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful stand-in for a Matrix homeserver on 127.0.0.1, speaking the Client-Server API v3
 * shapes: one room timeline that scripted users and the bot's own sends append to, {@code /sync}
 * with {@code since} tokens (long poll included), {@code limited} timelines, {@code /messages},
 * idempotent sends per transaction id, duplicate-annotation refusals, redactions, whoami, alias
 * look-up, token checks, and scripted failures. Records every request.
 */
public final class FakeHomeserver implements AutoCloseable {

  /** One request as received. */
  public record Received(String method, String path, Map<String, String> query, JsonNode body) {}

  /** A file stored by {@code POST /_matrix/media/v3/upload}, under its {@code mxc://} URI. */
  record Media(String contentUri, String filename, String contentType, byte[] bytes) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String MEDIA_UPLOAD = "/_matrix/media/v3/upload";

  /** Long polls are held at most this long (ms), whatever the client asks. */
  private static final long MAX_LONG_POLL = 2_000;

  private final HttpServer server;
  private final String botUserId;
  private final Map<String, String> aliases = new HashMap<>();
  private final FakeTimeline timeline = new FakeTimeline();
  private final List<Received> received = new ArrayList<>();
  private final Map<String, String> sentByPath = new HashMap<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final List<Media> media = new ArrayList<>();
  private String validToken;

  private record Failure(String pathPart, int status, String body, Map<String, String> headers) {}

  public FakeHomeserver(String botUserId, String validToken) {
    this.botUserId = botUserId;
    this.validToken = validToken;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    // Long polls wait; other requests must not queue behind them.
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized void alias(String alias, String roomId) {
    aliases.put(alias, roomId);
  }

  /** From now on only {@code token} is accepted (e.g. {@code null}: the bot's token expired). */
  synchronized void acceptToken(String token) {
    validToken = token;
  }

  /** The next request whose path contains {@code pathPart} fails with this answer. */
  synchronized void failNext(
      String pathPart, int status, String body, Map<String, String> headers) {
    failures.add(new Failure(pathPart, status, body, headers));
  }

  /** Appends an event sent by {@code sender} to {@code roomId}'s timeline; returns its id. */
  synchronized String post(String roomId, String sender, String type, ObjectNode content) {
    String eventId = timeline.append(roomId, sender, type, content);
    notifyAll();
    return eventId;
  }

  /** Appends a raw, possibly malformed, event as it is. */
  synchronized void postRaw(String roomId, ObjectNode event) {
    timeline.appendRaw(roomId, event);
    notifyAll();
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** The successful and failed {@code PUT …/send/…} requests, in order. */
  public synchronized List<Received> sends() {
    return received.stream().filter(r -> r.path().contains("/send/")).toList();
  }

  synchronized List<Media> media() {
    return List.copyOf(media);
  }

  synchronized int timelineSize() {
    return timeline.size();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      byte[] raw = exchange.getRequestBody().readAllBytes();
      Answer answer =
          path.startsWith(MEDIA_UPLOAD)
              ? upload(exchange, path, query, raw)
              : answer(exchange, path, query, raw.length == 0 ? null : JSON.readTree(raw));
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), out.length);
      exchange.getResponseBody().write(out);
    }
  }

  private record Answer(int status, String body, Map<String, String> headers) {
    static Answer ok(Object body) {
      return new Answer(200, JSON.writeValueAsString(body), Map.of());
    }

    static Answer error(int status, String errcode, String error) {
      return new Answer(
          status, JSON.writeValueAsString(Map.of("errcode", errcode, "error", error)), Map.of());
    }
  }

  private Answer answer(
      HttpExchange exchange, String path, Map<String, String> query, JsonNode body) {
    String method = exchange.getRequestMethod();
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    synchronized (this) {
      received.add(new Received(method, path, query, body));
      if (auth == null || validToken == null || !auth.equals("Bearer " + validToken)) {
        return new Answer(
            401,
            "{\"errcode\":\"M_UNKNOWN_TOKEN\",\"error\":\"Access token has expired\","
                + "\"soft_logout\":true}",
            Map.of());
      }
      Failure failure = failures.peek();
      if (failure != null && path.contains(failure.pathPart())) {
        failures.poll();
        return new Answer(failure.status(), failure.body(), failure.headers());
      }
    }
    String api = path.substring("/_matrix/client/v3/".length());
    List<String> parts = List.of(api.split("/"));
    if (api.equals("account/whoami")) {
      return Answer.ok(Map.of("user_id", botUserId, "device_id", "FAKEDEVICE"));
    }
    if (api.startsWith("directory/room/")) {
      String roomId = aliases.get(parts.get(2));
      return roomId == null
          ? Answer.error(404, "M_NOT_FOUND", "Room alias not found")
          : Answer.ok(Map.of("room_id", roomId, "servers", List.of("fake.test")));
    }
    if (api.equals("sync")) {
      return sync(query);
    }
    if (parts.size() == 3 && parts.get(0).equals("rooms") && parts.get(2).equals("messages")) {
      return messages(parts.get(1), query);
    }
    if (parts.size() == 5 && parts.get(2).equals("send") && method.equals("PUT")) {
      return send(path, parts.get(1), parts.get(3), (ObjectNode) body);
    }
    if (parts.size() == 5 && parts.get(2).equals("redact") && method.equals("PUT")) {
      return redact(path, parts.get(1), parts.get(3), (ObjectNode) body);
    }
    return Answer.error(404, "M_UNRECOGNIZED", "Unrecognized request");
  }

  /**
   * The media repository's upload (Client-Server API, {@code POST /_matrix/media/v3/upload}): the
   * raw bytes as the body, the type in {@code Content-Type}, an optional {@code filename} query
   * parameter; answered with the new {@code content_uri}. Only POST is allowed, and the token is
   * checked as everywhere else.
   */
  private Answer upload(HttpExchange exchange, String path, Map<String, String> query, byte[] raw) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    synchronized (this) {
      received.add(new Received(exchange.getRequestMethod(), path, query, null));
      if (auth == null || validToken == null || !auth.equals("Bearer " + validToken)) {
        return Answer.error(401, "M_UNKNOWN_TOKEN", "Access token has expired");
      }
      if (!exchange.getRequestMethod().equals("POST") || !path.equals(MEDIA_UPLOAD)) {
        return Answer.error(404, "M_UNRECOGNIZED", "Unrecognized request");
      }
      Failure failure = failures.peek();
      if (failure != null && path.contains(failure.pathPart())) {
        failures.poll();
        return new Answer(failure.status(), failure.body(), failure.headers());
      }
      String uri = "mxc://fake.test/media" + (media.size() + 1);
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      media.add(new Media(uri, query.get("filename"), type, raw));
      return Answer.ok(Map.of("content_uri", uri));
    }
  }

  private synchronized Answer send(String path, String roomId, String type, ObjectNode content) {
    String earlier = sentByPath.get(path);
    if (earlier != null) {
      return Answer.ok(Map.of("event_id", earlier));
    }
    if (type.equals("m.reaction")
        && timeline.hasAnnotation(roomId, botUserId, content.path("m.relates_to"))) {
      return Answer.error(400, "M_DUPLICATE_ANNOTATION", "Can't send same reaction twice");
    }
    String eventId = post(roomId, botUserId, type, content);
    sentByPath.put(path, eventId);
    return Answer.ok(Map.of("event_id", eventId));
  }

  private synchronized Answer redact(String path, String roomId, String target, ObjectNode body) {
    String earlier = sentByPath.get(path);
    if (earlier != null) {
      return Answer.ok(Map.of("event_id", earlier));
    }
    ObjectNode content = body == null ? JSON.createObjectNode() : body.deepCopy();
    content.put("redacts", target);
    String eventId = post(roomId, botUserId, "m.room.redaction", content);
    sentByPath.put(path, eventId);
    return Answer.ok(Map.of("event_id", eventId));
  }

  private synchronized Answer sync(Map<String, String> query) {
    JsonNode filter = JSON.readTree(query.get("filter"));
    String roomId = filter.path("room").path("rooms").path(0).asString();
    int limit = filter.path("room").path("timeline").path("limit").asInt(10);
    String since = query.get("since");
    long timeout = Math.min(Long.parseLong(query.getOrDefault("timeout", "0")), MAX_LONG_POLL);
    long deadline = System.currentTimeMillis() + timeout;
    while (since != null && !timeline.hasEventsAfter(since)) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        break;
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Answer.ok(timeline.sync(roomId, since, limit));
  }

  private synchronized Answer messages(String roomId, Map<String, String> query) {
    int limit = JSON.readTree(query.get("filter")).path("limit").asInt(10);
    return Answer.ok(timeline.messages(roomId, query.get("from"), query.get("to"), limit));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }
}
