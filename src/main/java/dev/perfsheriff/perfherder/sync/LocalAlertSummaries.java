package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@link AlertSummaries} port on the local copy. A summary the copy does not hold (e.g. an
 * upstream summary on an unwatched repository named in a command) is read from Perfherder without
 * being stored, so it is never announced as if it had just appeared.
 */
@Component
public class LocalAlertSummaries implements AlertSummaries {

  private final SummaryStore store;
  private final PerfherderClient client;
  private final PerfherderCatalog catalog;
  private final PerfherderProperties properties;

  public LocalAlertSummaries(
      SummaryStore store,
      PerfherderClient client,
      PerfherderCatalog catalog,
      PerfherderProperties properties) {
    this.store = store;
    this.client = client;
    this.catalog = catalog;
    this.properties = properties;
  }

  @Override
  public Optional<AlertSummary> find(SummaryId id) {
    Optional<SummaryPayload> payload =
        store
            .find(id.value())
            .map(SummaryStore.Stored::payload)
            .or(() -> client.summary(id.value()));
    return payload.map(this::snapshot);
  }

  @Override
  public List<AlertSummary> createdBetween(Instant from, Instant to) {
    List<Integer> frameworkIds =
        properties.frameworks().stream().map(catalog::frameworkId).toList();
    return store.createdBetween(from, to, properties.repositories(), frameworkIds).stream()
        .map(this::snapshot)
        .toList();
  }

  private AlertSummary snapshot(SummaryPayload payload) {
    String framework =
        payload.framework() == null ? "unknown" : catalog.frameworkName(payload.framework());
    return SnapshotMapper.toSnapshot(payload, framework);
  }
}
