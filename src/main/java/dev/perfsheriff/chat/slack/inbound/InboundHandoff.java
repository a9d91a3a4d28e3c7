package dev.perfsheriff.chat.slack.inbound;

import dev.perfsheriff.chat.slack.SlackEnabled;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Moves acknowledged work off the request thread: the delivery is claimed in the database and the
 * {@link SlackInbound} call made on the background executor, so the HTTP answer never waits for
 * either.
 */
@Component
@Conditional(SlackEnabled.class)
class InboundHandoff {

  private static final Logger log = LoggerFactory.getLogger(InboundHandoff.class);

  private final InboundDeliveries deliveries;
  private final ExecutorService executor;

  InboundHandoff(
      InboundDeliveries deliveries, @Qualifier("slackInboundExecutor") ExecutorService executor) {
    this.deliveries = deliveries;
    this.executor = executor;
  }

  void once(String deliveryKey, Runnable work) {
    executor.execute(
        () -> {
          try {
            if (deliveries.firstTime(deliveryKey)) {
              work.run();
            } else {
              log.info("Dropped a repeated Slack delivery {}", deliveryKey);
            }
          } catch (RuntimeException e) {
            log.error("Handling Slack delivery {} failed: {}", deliveryKey, e.toString(), e);
          }
        });
  }
}
