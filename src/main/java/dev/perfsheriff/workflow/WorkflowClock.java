package dev.perfsheriff.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The workflow's time: the application's {@link Clock} bean, truncated to what the database keeps.
 */
@Component
class WorkflowClock {

  private final Clock clock;

  WorkflowClock(Clock clock) {
    this.clock = clock;
  }

  /** Now, to the microsecond the database keeps. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
