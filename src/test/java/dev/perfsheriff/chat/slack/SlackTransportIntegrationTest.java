package dev.perfsheriff.chat.slack;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Base of the transport ITs: a {@link RecordingSlackInbound} in place of the chat core, so the
 * tests see exactly what the listeners handed on.
 */
@Import(SlackIntegrationTest.Inbound.class)
abstract class SlackTransportIntegrationTest extends SlackIntegrationTest {

  @Autowired RecordingSlackInbound inbound;

  @BeforeEach
  void cleanRecorder() {
    // Release a blocked handler of an earlier test before its recorder is cleared.
    inbound.releaseSlowWork();
    inbound.reset();
  }

  /** Waits until the background handler recorded {@code count} items. */
  void awaitReceived(int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> inbound.received.size() >= count);
  }
}
