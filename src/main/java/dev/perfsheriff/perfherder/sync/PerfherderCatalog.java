package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.FrameworkPayload;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderException;
import dev.perfsheriff.perfherder.api.RepositoryPayload;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Repository and framework names ↔ Treeherder's numeric ids (the summary filters want ids, people
 * and configuration use names). Loaded from Treeherder on first use and again when a name or id is
 * not known, so a framework added upstream is found without a restart.
 */
@Component
public class PerfherderCatalog {

  private final PerfherderClient client;
  private final Map<String, Integer> repositoryIds = new HashMap<>();
  private final Map<String, Integer> frameworkIds = new HashMap<>();
  private final Map<Integer, String> frameworkNames = new HashMap<>();

  public PerfherderCatalog(PerfherderClient client) {
    this.client = client;
  }

  public synchronized int repositoryId(String name) {
    if (!repositoryIds.containsKey(name)) {
      for (RepositoryPayload repository : client.repositories()) {
        if (repository.name() != null) {
          repositoryIds.put(repository.name(), repository.id());
        }
      }
    }
    Integer id = repositoryIds.get(name);
    if (id == null) {
      throw new PerfherderException(
          "Treeherder has no repository named '"
              + name
              + "' (it knows "
              + new TreeSet<>(repositoryIds.keySet())
              + ").");
    }
    return id;
  }

  public synchronized int frameworkId(String name) {
    if (!frameworkIds.containsKey(name)) {
      loadFrameworks();
    }
    Integer id = frameworkIds.get(name);
    if (id == null) {
      throw new PerfherderException(
          "Treeherder has no performance framework named '"
              + name
              + "' (it knows "
              + new TreeSet<>(frameworkIds.keySet())
              + ").");
    }
    return id;
  }

  /** The framework's name, or {@code framework-<id>} when Treeherder does not list it. */
  public synchronized String frameworkName(int id) {
    if (!frameworkNames.containsKey(id)) {
      loadFrameworks();
    }
    return frameworkNames.getOrDefault(id, "framework-" + id);
  }

  private void loadFrameworks() {
    for (FrameworkPayload framework : client.frameworks()) {
      if (framework.name() != null) {
        frameworkIds.put(framework.name(), framework.id());
        frameworkNames.put(framework.id(), framework.name());
      }
    }
  }
}
