package dev.perfsheriff.chat.slack.inbound;

import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.SlackProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which inbound deliveries were handled, in PostgreSQL, so Slack's retries and replays
 * (to this replica or another) have no second effect. Keys are Slack's own ids: the event id for
 * events, the trigger id for commands and modal submissions, the action's ts for clicks.
 */
@Component
@Conditional(SlackEnabled.class)
class InboundDeliveries {

  private final JdbcClient jdbc;
  private final SlackProperties properties;
  private final Clock clock = Clock.systemUTC();
  private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

  InboundDeliveries(JdbcClient jdbc, SlackProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** True exactly once per key, across every replica sharing the database. */
  boolean firstTime(String deliveryKey) {
    pruneNowAndThen();
    return jdbc.sql(
                "INSERT INTO slack_inbound_deliveries (delivery_key) VALUES (?)"
                    + " ON CONFLICT (delivery_key) DO NOTHING")
            .param(deliveryKey)
            .update()
        == 1;
  }

  /** Slack retries for minutes, not days: old keys are dropped once per remembered period. */
  private void pruneNowAndThen() {
    Instant now = clock.instant();
    Instant last = lastPrune.get();
    if (last.plus(properties.deliveryMemory()).isBefore(now)
        && lastPrune.compareAndSet(last, now)) {
      jdbc.sql(
              "DELETE FROM slack_inbound_deliveries"
                  + " WHERE received_at < now() - make_interval(secs => ?)")
          .param((double) properties.deliveryMemory().toSeconds())
          .update();
    }
  }
}
