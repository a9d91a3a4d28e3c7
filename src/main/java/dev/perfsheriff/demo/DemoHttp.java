package dev.perfsheriff.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request to the stand-in and its answer, free of the HTTP server's types. */
final class DemoHttp {

  private DemoHttp() {}

  record Request(String method, String path, Map<String, List<String>> query, String body) {

    Optional<String> first(String name) {
      return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    List<String> all(String name) {
      return query.getOrDefault(name, List.of());
    }

    long number(String name, long fallback) {
      return first(name).map(Long::parseLong).orElse(fallback);
    }
  }

  record Response(int status, String contentType, String body) {

    static Response json(int status, String body) {
      return new Response(status, "application/json", body);
    }

    static Response html(String body) {
      return new Response(200, "text/html; charset=utf-8", body);
    }
  }
}
