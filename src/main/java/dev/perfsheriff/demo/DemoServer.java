package dev.perfsheriff.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.perfsheriff.demo.DemoHttp.Request;
import dev.perfsheriff.demo.DemoHttp.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in's HTTP server on the loopback port {@link DemoEnvironment} chose: Treeherder's and
 * Taskcluster's paths do not overlap, so one server answers both, plus a small page where the
 * cards' Perfherder and Treeherder links lead. Anything else is Treeherder's 404.
 */
final class DemoServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoServer.class);
  private static final String NOT_FOUND = "{\"detail\":\"Not found.\"}";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2, DemoServer::thread);
  private final DemoPerfherderApi perfherder;
  private final DemoTaskclusterApi taskcluster;

  DemoServer(int port, DemoPerfherderApi perfherder, DemoTaskclusterApi taskcluster) {
    this.perfherder = perfherder;
    this.taskcluster = taskcluster;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException("The demo's stand-in cannot listen on port " + port, e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
    log.info("Demo: recorded Treeherder and Taskcluster responses served on 127.0.0.1:{}", port);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              query(exchange.getRequestURI().getRawQuery()),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Response response;
      try {
        response = route(request).orElse(Response.json(404, NOT_FOUND));
      } catch (RuntimeException e) {
        log.warn("Demo: {} {} failed: {}", request.method(), request.path(), e.toString());
        response = Response.json(500, "{\"detail\":\"demo stand-in failure\"}");
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(response.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private Optional<Response> route(Request request) {
    if (!request.path().startsWith("/api/")) {
      return Optional.of(
          Response.html(
              "<!DOCTYPE html><title>Demo</title><p>In the demo this link stands for the summary's"
                  + " page in Perfherder. With the live bot it opens"
                  + " https://treeherder.mozilla.org/perfherder/alerts.</p>"));
    }
    if (request.method().equals("GET") || request.path().startsWith("/api/auth/")) {
      Optional<Response> answer = perfherder.answer(request);
      return answer.isPresent() ? answer : taskcluster.answer(request);
    }
    return Optional.empty();
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static Thread thread(Runnable runnable) {
    Thread thread = new Thread(runnable, "demo-stand-in");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
