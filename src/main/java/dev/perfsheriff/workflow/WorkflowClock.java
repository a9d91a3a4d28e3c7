package dev.perfsheriff.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The workflow's time: the application's {@link Clock} bean if there is one, else UTC system time.
 */
@Component
class WorkflowClock {

  private final Clock clock;

  WorkflowClock(ObjectProvider<Clock> clock) {
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Now, to the microsecond the database keeps. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
