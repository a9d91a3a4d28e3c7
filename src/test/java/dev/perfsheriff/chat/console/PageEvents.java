package dev.perfsheriff.chat.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * An open console page as far as its event stream goes: reads {@code /console/events} as the
 * browser's {@code EventSource} would and keeps every event (name and JSON data) it received.
 */
final class PageEvents implements AutoCloseable {

  record Event(String name, String data) {}

  private final List<Event> received = new CopyOnWriteArrayList<>();
  private final Stream<String> lines;

  PageEvents(String baseUrl, String as)
      throws InterruptedException, ExecutionException, TimeoutException {
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(URI.create(baseUrl + "/console/events?as=" + as)).build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    lines = response.body();
    Thread reader = new Thread(this::read, "console-page-events");
    reader.setDaemon(true);
    reader.start();
  }

  /** Each {@code event:} line and the {@code data:} line after it, as the SSE format has them. */
  private void read() {
    String[] name = {null};
    try {
      lines.forEach(
          line -> {
            if (line.startsWith("event:")) {
              name[0] = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:") && name[0] != null) {
              received.add(new Event(name[0], line.substring("data:".length()).strip()));
              name[0] = null;
            }
          });
    } catch (RuntimeException closed) {
      // The stream ended: the test closed it or the application stopped.
    }
  }

  List<Event> named(String name) {
    return received.stream().filter(e -> e.name().equals(name)).toList();
  }

  @Override
  public void close() {
    lines.close();
  }
}
