package dev.perfsheriff.chat.console;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open pages, each an SSE stream. Cards and thread messages go to every page (a second browser
 * sees the same change); a private answer only to the pages acting as that person. Streams are
 * closed when the bot stops, before the web server's graceful shutdown would wait for them.
 */
final class ConsoleStream implements SmartLifecycle {

  private record Page(SseEmitter emitter, String actorId) {}

  private final List<Page> pages = new CopyOnWriteArrayList<>();
  private final JsonMapper json;
  private volatile boolean running;

  ConsoleStream(JsonMapper json) {
    this.json = json;
  }

  /** A new stream for a page acting as {@code actorId} (a console user id). */
  SseEmitter open(String actorId) {
    SseEmitter emitter = new SseEmitter(0L);
    Page page = new Page(emitter, actorId);
    pages.add(page);
    emitter.onCompletion(() -> pages.remove(page));
    emitter.onTimeout(() -> pages.remove(page));
    emitter.onError(e -> pages.remove(page));
    send(page, "hello", Map.of("actor", actorId));
    return emitter;
  }

  void toEveryone(String event, Map<String, ?> data) {
    pages.forEach(page -> send(page, event, data));
  }

  void toActor(String actorId, String event, Map<String, ?> data) {
    pages.stream()
        .filter(page -> page.actorId().equals(actorId))
        .forEach(p -> send(p, event, data));
  }

  private void send(Page page, String event, Map<String, ?> data) {
    try {
      page.emitter().send(SseEmitter.event().name(event).data(json.writeValueAsString(data)));
    } catch (IOException | IllegalStateException e) {
      // The page went away; its stream is finished.
      pages.remove(page);
      page.emitter().completeWithError(e);
    }
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    pages.forEach(page -> page.emitter().complete());
    pages.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
