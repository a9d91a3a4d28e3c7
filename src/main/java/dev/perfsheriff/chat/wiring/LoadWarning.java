package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.taskcluster.load.CiLoad;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CI backlog warning shown before jobs are triggered. A warning is advice: when the load cannot
 * be read, the preview goes out without it rather than failing.
 */
public final class LoadWarning {

  private static final Logger log = LoggerFactory.getLogger(LoadWarning.class);

  private final CiLoad load;

  public LoadWarning(CiLoad load) {
    this.load = load;
  }

  public Optional<String> beforeTrigger() {
    try {
      return load.warningBeforeTrigger();
    } catch (RuntimeException e) {
      log.warn("CI load unavailable for the trigger warning: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
