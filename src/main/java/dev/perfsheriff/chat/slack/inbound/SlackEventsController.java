package dev.perfsheriff.chat.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.ops.BotMetrics;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /slack/events}: events, interactivity and the slash command. The raw body and headers
 * go unchanged to Bolt's own parser and {@code App.run}, whose middleware verifies the signature
 * and timestamp (401 otherwise) before any listener sees the request.
 */
@RestController
@Conditional(SlackEnabled.HttpMode.class)
class SlackEventsController {

  private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

  private final App app;
  private final SlackRequestParser parser;
  private final BotMetrics metrics;

  SlackEventsController(App app, BotMetrics metrics) {
    this.app = app;
    this.metrics = metrics;
    this.parser = new SlackRequestParser(app.config());
  }

  @PostMapping("/slack/events")
  ResponseEntity<String> events(HttpServletRequest servletRequest) throws IOException {
    long received = System.nanoTime();
    // Read the stream, not Spring's form parameters: the signature covers the exact bytes.
    String body =
        new String(servletRequest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    SlackRequestParser.HttpRequest raw =
        SlackRequestParser.HttpRequest.builder()
            .requestUri(servletRequest.getRequestURI())
            .queryString(Map.of())
            .headers(new RequestHeaders(headers(servletRequest)))
            .requestBody(body)
            .remoteAddress(servletRequest.getRemoteAddr())
            .build();
    Request<?> request = parser.parse(raw);
    if (request == null) {
      return ResponseEntity.badRequest().body("Not a Slack request.");
    }
    try {
      ResponseEntity<String> ack = toEntity(app.run(request));
      metrics.acknowledged("slack", Duration.ofNanos(System.nanoTime() - received));
      return ack;
    } catch (Exception e) {
      log.error("Slack request could not be handled: {}", e.toString(), e);
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
    }
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name.toLowerCase(), Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  private static ResponseEntity<String> toEntity(Response response) {
    HttpHeaders headers = new HttpHeaders();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach(headers::addAll);
    }
    if (response.getContentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, response.getContentType());
    }
    return ResponseEntity.status(response.getStatusCode())
        .headers(headers)
        .body(response.getBody());
  }
}
