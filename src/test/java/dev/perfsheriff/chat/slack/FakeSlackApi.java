package dev.perfsheriff.chat.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateful stand-in for Slack's Web API on 127.0.0.1: it records every call with its form
 * parameters, keeps the posted messages (with metadata) per channel so {@code conversations.*} can
 * return them, hands out increasing {@code ts}, accepts file uploads and {@code response_url}
 * posts, and answers {@code ratelimited} with {@code Retry-After} when told to.
 */
public final class FakeSlackApi {

  /** One Web API call as received. */
  public record Call(String method, Map<String, String> params) {
    public String param(String name) {
      return params.get(name);
    }
  }

  /** A message the fake holds, as Slack would return it. */
  public record Stored(
      String channel, String ts, String threadTs, String text, String metadata, String blocks) {}

  public static final String BOT_USER = "UBOTFAKE";
  public static final String BOT_ID = "BBOTFAKE";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static FakeSlackApi shared;

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<Stored> messages = new CopyOnWriteArrayList<>();
  private final List<byte[]> uploads = new CopyOnWriteArrayList<>();
  private final List<String> responseUrlPosts = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private volatile String failureError = "internal_error";
  private final Map<String, AtomicInteger> rateLimits = new ConcurrentHashMap<>();
  private volatile long retryAfterSeconds = 1;
  private volatile String socketModeUrl = "ws://127.0.0.1:9/";
  private final AtomicLong nextTs = new AtomicLong(1_700_000_000_000100L);

  private FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/upload/", this::upload);
    server.createContext("/response/", this::responseUrl);
    server.start();
  }

  /** One fake per test JVM, shared by the cached Spring context that points at it. */
  public static synchronized FakeSlackApi shared() {
    if (shared == null) {
      try {
        shared = new FakeSlackApi();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  public String apiUrl() {
    return base() + "/api/";
  }

  public String responseUrl(String name) {
    return base() + "/response/" + name;
  }

  public void reset() {
    calls.clear();
    messages.clear();
    uploads.clear();
    responseUrlPosts.clear();
    rateLimits.clear();
    failures.clear();
  }

  /** The next {@code times} calls of {@code method} answer {@code ok: false} with {@code error}. */
  public void fail(String method, int times, String error) {
    this.failureError = error;
    failures.put(method, new AtomicInteger(times));
  }

  /** The next {@code times} calls of {@code method} answer HTTP 429 {@code ratelimited}. */
  public void rateLimit(String method, int times, long retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
    rateLimits.put(method, new AtomicInteger(times));
  }

  /** Where {@code apps.connections.open} sends Socket Mode clients. */
  public void socketModeUrl(String url) {
    this.socketModeUrl = url;
  }

  /** A message Slack already holds (e.g. posted just before the bot crashed). */
  public String preload(String channel, String threadTs, String text, String metadataJson) {
    String ts = newTs();
    messages.add(new Stored(channel, ts, threadTs, text, metadataJson, null));
    return ts;
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public List<Stored> messages() {
    return List.copyOf(messages);
  }

  public List<byte[]> uploads() {
    return List.copyOf(uploads);
  }

  public List<String> responseUrlPosts() {
    return List.copyOf(responseUrlPosts);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private String newTs() {
    long value = nextTs.getAndIncrement();
    return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> params = form(body(exchange));
    calls.add(new Call(method, params));
    AtomicInteger limited = rateLimits.get(method);
    if (limited != null && limited.getAndDecrement() > 0) {
      exchange.getResponseHeaders().add("Retry-After", Long.toString(retryAfterSeconds));
      reply(exchange, 429, Map.of("ok", false, "error", "ratelimited"));
      return;
    }
    AtomicInteger failing = failures.get(method);
    if (failing != null && failing.getAndDecrement() > 0) {
      reply(exchange, 200, Map.of("ok", false, "error", failureError));
      return;
    }
    reply(exchange, 200, answer(method, params));
  }

  private Map<String, Object> answer(String method, Map<String, String> p) {
    return switch (method) {
      case "auth.test" ->
          Map.of(
              "ok",
              true,
              "url",
              "https://fake.slack.com/",
              "team",
              "Fake",
              "user",
              "perfbot",
              "team_id",
              "TFAKE",
              "user_id",
              BOT_USER,
              "bot_id",
              BOT_ID);
      case "chat.postMessage" -> {
        String ts = newTs();
        messages.add(
            new Stored(
                p.get("channel"),
                ts,
                p.get("thread_ts"),
                p.get("text"),
                p.get("metadata"),
                p.get("blocks")));
        yield Map.of("ok", true, "channel", p.get("channel"), "ts", ts);
      }
      case "chat.update" -> update(p);
      case "chat.delete" -> delete(p);
      case "chat.postEphemeral" -> Map.of("ok", true, "message_ts", newTs());
      case "views.open" -> Map.of("ok", true, "view", Map.of("id", "VFAKE" + calls.size()));
      case "files.getUploadURLExternal" ->
          Map.of(
              "ok",
              true,
              "upload_url",
              base() + "/upload/F" + calls.size(),
              "file_id",
              "F" + calls.size());
      case "files.completeUploadExternal" -> Map.of("ok", true, "files", List.of());
      case "apps.connections.open" -> Map.of("ok", true, "url", socketModeUrl);
      case "conversations.history" -> history(p.get("channel"), null);
      case "conversations.replies" -> history(p.get("channel"), p.get("ts"));
      default -> Map.of("ok", false, "error", "unknown_method");
    };
  }

  /**
   * {@code chat.update} (docs.slack.dev/reference/methods/chat.update): the message keeps its ts
   * and metadata, takes the new text (and blocks when given); an unknown ts is {@code
   * message_not_found}.
   */
  private synchronized Map<String, Object> update(Map<String, String> p) {
    Stored old = find(p.get("channel"), p.get("ts"));
    if (old == null) {
      return Map.of("ok", false, "error", "message_not_found");
    }
    String blocks = p.get("blocks") != null ? p.get("blocks") : old.blocks();
    String metadata = p.get("metadata") != null ? p.get("metadata") : old.metadata();
    messages.set(
        messages.indexOf(old),
        new Stored(old.channel(), old.ts(), old.threadTs(), p.get("text"), metadata, blocks));
    return Map.of(
        "ok", true, "channel", p.get("channel"), "ts", p.get("ts"), "text", p.get("text"));
  }

  /**
   * {@code chat.delete} (docs.slack.dev/reference/methods/chat.delete): {@code {ok, channel, ts}};
   * a message not (or no longer) there is {@code message_not_found}.
   */
  private synchronized Map<String, Object> delete(Map<String, String> p) {
    Stored old = find(p.get("channel"), p.get("ts"));
    if (old == null) {
      return Map.of("ok", false, "error", "message_not_found");
    }
    messages.remove(old);
    return Map.of("ok", true, "channel", p.get("channel"), "ts", p.get("ts"));
  }

  private Stored find(String channel, String ts) {
    return messages.stream()
        .filter(m -> m.channel().equals(channel) && m.ts().equals(ts))
        .findFirst()
        .orElse(null);
  }

  private Map<String, Object> history(String channel, String threadTs) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (Stored m : messages) {
      boolean inPlace =
          m.channel().equals(channel)
              && (threadTs == null ? m.threadTs() == null : threadTs.equals(m.threadTs()));
      if (inPlace) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("ts", m.ts());
        message.put("text", m.text());
        message.put("bot_id", BOT_ID);
        if (m.metadata() != null) {
          message.put("metadata", JSON.readValue(m.metadata(), Map.class));
        }
        found.add(0, message);
      }
    }
    return Map.of("ok", true, "messages", found, "has_more", false);
  }

  private void upload(HttpExchange exchange) throws IOException {
    uploads.add(exchange.getRequestBody().readAllBytes());
    byte[] ok = "OK".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, ok.length);
    exchange.getResponseBody().write(ok);
    exchange.close();
  }

  private void responseUrl(HttpExchange exchange) throws IOException {
    responseUrlPosts.add(body(exchange));
    byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, ok.length);
    exchange.getResponseBody().write(ok);
    exchange.close();
  }

  /** Parses a JSON field of a recorded call (blocks, metadata, view). */
  public static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static String body(HttpExchange exchange) throws IOException {
    return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static void reply(HttpExchange exchange, int status, Map<String, Object> body)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
