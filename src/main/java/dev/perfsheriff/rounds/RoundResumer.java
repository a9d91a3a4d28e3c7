package dev.perfsheriff.rounds;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start, finishes the round runs a crash or a stop left unfinished. */
@Component
class RoundResumer {

  private final RoundRunner runner;

  RoundResumer(RoundRunner runner) {
    this.runner = runner;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    runner.resumeUnfinished();
  }
}
