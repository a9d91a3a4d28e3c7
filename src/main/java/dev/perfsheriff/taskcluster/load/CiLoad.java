package dev.perfsheriff.taskcluster.load;

import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The CI load API: the scheduler samples the perf pools into the time series, the load report reads
 * it back, and the chat layer asks for a warning before a sheriff triggers more jobs.
 */
@Service
public class CiLoad {

  private static final Logger log = LoggerFactory.getLogger(CiLoad.class);

  private final PoolLoadReader reader;
  private final LoadSamples samples;
  private final TaskclusterProperties properties;
  private final Clock clock;

  CiLoad(
      PoolLoadReader reader, LoadSamples samples, TaskclusterProperties properties, Clock clock) {
    this.reader = reader;
    this.samples = samples;
    this.properties = properties;
    this.clock = clock;
  }

  /** Reads every configured perf pool now and stores the samples; a pool that fails is skipped. */
  public List<PoolLoad> sampleNow() {
    List<PoolLoad> loads = new ArrayList<>();
    for (String pool : properties.perfPools()) {
      try {
        PoolLoad load = reader.read(pool, clock);
        samples.add(load);
        loads.add(load);
      } catch (TaskclusterException e) {
        log.warn("Could not read the load of {}: {}", pool, e.getMessage());
      }
    }
    return loads;
  }

  /** The stored samples in [from, to), ordered by pool then time: the report's series. */
  public List<PoolLoad> history(Instant from, Instant to) {
    return samples.between(from, to);
  }

  /** {@link #warningBeforeTrigger(Duration)} with the configured {@code load-max-age}. */
  public Optional<String> warningBeforeTrigger() {
    return warningBeforeTrigger(properties.loadMaxAge());
  }

  /**
   * A warning for the sheriff when a perf pool is backlogged, using samples not older than {@code
   * maxAge} (sampling afresh when there are none). Empty when adding jobs is fine.
   */
  public Optional<String> warningBeforeTrigger(Duration maxAge) {
    List<PoolLoad> latest = samples.latestSince(clock.instant().minus(maxAge));
    if (latest.isEmpty()) {
      latest = sampleNow();
    }
    List<PoolLoad> backlogged =
        latest.stream().filter(l -> l.level() == LoadLevel.BACKLOGGED).toList();
    if (backlogged.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "CI is backlogged, consider waiting before triggering more perf jobs: "
            + backlogged.stream().map(PoolLoad::describe).collect(Collectors.joining("; "))
            + ".");
  }
}
