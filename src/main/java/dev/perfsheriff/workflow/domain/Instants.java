package dev.perfsheriff.workflow.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants are kept to the microsecond: the precision they are stored with. */
final class Instants {

  private Instants() {}

  static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
