package dev.perfsheriff.chat.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.SlackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Socket Mode: when {@code perfsheriff.slack.app-token} is set, the same Bolt app receives its
 * requests over a WebSocket (Java-WebSocket backend) instead of {@code POST /slack/events}. Started
 * with the application, stopped before it closes.
 */
@Component
@Conditional(SlackEnabled.SocketMode.class)
class SocketModeRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

  private final App app;
  private final SlackProperties properties;
  private SocketModeApp socketModeApp;

  SocketModeRunner(App app, SlackProperties properties) {
    this.app = app;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    try {
      socketModeApp =
          new SocketModeApp(
              properties.appToken().reveal(), app, SocketModeClient.Backend.JavaWebSocket);
      socketModeApp.startAsync();
      log.info("Slack Socket Mode connection started");
    } catch (Exception e) {
      throw new IllegalStateException("Slack Socket Mode could not start: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (socketModeApp != null) {
      try {
        socketModeApp.close();
      } catch (Exception e) {
        log.warn("Slack Socket Mode did not close cleanly: {}", e.toString());
      }
      socketModeApp = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return socketModeApp != null;
  }
}
