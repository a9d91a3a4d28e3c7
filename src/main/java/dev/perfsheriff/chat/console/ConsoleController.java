package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /console} and what its script calls: the feed and the side panel as HTML fragments,
 * the event stream, the shared files, and the three inputs (a typed command, a reply in a card's
 * thread, a pressed button). Inputs need the header {@value #HEADER}, which a page of another site
 * cannot send without a CORS preflight this bot never grants: a web page in the same browser cannot
 * act as the local sheriff.
 */
@RestController
@Conditional(ConsoleEnabled.class)
final class ConsoleController {

  static final String HEADER = "X-Perfsheriff-Console";

  private final ConsolePage page;
  private final SidePanel panel;
  private final ConsoleStream stream;
  private final ConsoleInbound inbound;
  private final ConsoleIdentities identities;
  private final ConsoleFiles files;
  private final ConsoleChatPlatform platform;

  ConsoleController(
      ConsolePage page,
      SidePanel panel,
      ConsoleStream stream,
      ConsoleInbound inbound,
      ConsoleIdentities identities,
      ConsoleFiles files,
      ConsoleChatPlatform platform) {
    this.page = page;
    this.panel = panel;
    this.stream = stream;
    this.inbound = inbound;
    this.identities = identities;
    this.files = files;
    this.platform = platform;
  }

  @GetMapping(path = "/console", produces = MediaType.TEXT_HTML_VALUE)
  String page() {
    return page.shell(panel.html());
  }

  @GetMapping(path = "/console/feed", produces = MediaType.TEXT_HTML_VALUE)
  String feed() {
    return page.feed();
  }

  @GetMapping(path = "/console/panel", produces = MediaType.TEXT_HTML_VALUE)
  String panel() {
    return panel.html();
  }

  @GetMapping(path = "/console/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  ResponseEntity<SseEmitter> events(@RequestParam("as") String as) {
    return identities
        .find(as)
        .map(identity -> ResponseEntity.ok(stream.open(identity.userId())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.BAD_REQUEST).build());
  }

  @PostMapping("/console/command")
  ResponseEntity<String> command(
      @RequestHeader(name = HEADER, required = false) String marker,
      @RequestParam("as") String as,
      @RequestParam("text") String text) {
    Optional<ConsoleIdentities.Identity> identity = checked(marker, as);
    if (identity.isEmpty()) {
      return refused();
    }
    return accepted(inbound.typed(identity.get().actor(), text));
  }

  /** A shared file: an image shown in the page, anything else downloaded, never sniffed. */
  @GetMapping("/console/files/{id}")
  ResponseEntity<byte[]> file(@PathVariable("id") long id) {
    return files
        .find(id)
        .map(
            file ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.mediaType()))
                    .header("X-Content-Type-Options", "nosniff")
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (file.isImage()
                                ? ContentDisposition.inline()
                                : ContentDisposition.attachment())
                            .filename(file.filename())
                            .build()
                            .toString())
                    .body(file.bytes()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping("/console/reply")
  ResponseEntity<String> reply(
      @RequestHeader(name = HEADER, required = false) String marker,
      @RequestParam("as") String as,
      @RequestParam("card") long card,
      @RequestParam("text") String text) {
    Optional<ConsoleIdentities.Identity> identity = checked(marker, as);
    if (identity.isEmpty()) {
      return refused();
    }
    Optional<SummaryId> summary = platform.summaryOf(cardRef(card));
    if (summary.isEmpty() || text.isBlank()) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST)
          .body("Type a note or a !perf command into the thread of a card.");
    }
    return accepted(inbound.replied(identity.get().actor(), cardRef(card), summary.get(), text));
  }

  @PostMapping("/console/press")
  ResponseEntity<String> press(
      @RequestHeader(name = HEADER, required = false) String marker,
      @RequestParam("as") String as,
      @RequestParam("action") String action,
      @RequestParam("summary") String summary,
      @RequestParam("card") long card) {
    Optional<ConsoleIdentities.Identity> identity = checked(marker, as);
    if (identity.isEmpty()) {
      return refused();
    }
    return accepted(inbound.pressed(identity.get().actor(), action, summary, cardRef(card)));
  }

  private static MessageRef cardRef(long card) {
    return new MessageRef(
        ConsoleChatPlatform.NAME, ConsoleChatPlatform.CHANNEL, Long.toString(card));
  }

  private Optional<ConsoleIdentities.Identity> checked(String marker, String as) {
    return marker == null ? Optional.empty() : identities.find(as);
  }

  private static ResponseEntity<String> refused() {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body("Send this from the console page, acting as one of its identities.");
  }

  private static ResponseEntity<String> accepted(boolean queued) {
    return queued
        ? ResponseEntity.accepted().body("")
        : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("The bot is stopping.");
  }
}
