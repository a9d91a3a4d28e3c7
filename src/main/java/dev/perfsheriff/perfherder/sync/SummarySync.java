package dev.perfsheriff.perfherder.sync;

import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.SummaryChanged.Change;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a freshly read summary into the local copy: new → stored with a "appeared" event, changed
 * content → stored with a "changed" event naming what changed, same hash → nothing written. Each
 * summary is one transaction, so the copy and its outbox row commit together.
 */
@Component
public class SummarySync {

  /** What absorbing a summary did to the local copy. */
  public enum Outcome {
    APPEARED,
    CHANGED,
    UPDATED_SILENTLY,
    UNCHANGED
  }

  private final SummaryStore store;
  private final EventOutbox outbox;
  private final TransactionTemplate transactions;
  private final PerfherderClient client;
  private final OutboxDispatcher dispatcher;

  public SummarySync(
      SummaryStore store,
      EventOutbox outbox,
      TransactionTemplate transactions,
      PerfherderClient client,
      OutboxDispatcher dispatcher) {
    this.store = store;
    this.outbox = outbox;
    this.transactions = transactions;
    this.client = client;
    this.dispatcher = dispatcher;
  }

  public Outcome absorb(SummaryPayload fresh) {
    return transactions.execute(status -> absorbInTransaction(fresh));
  }

  /**
   * Re-reads one summary from Perfherder now (e.g. right after the bot wrote to it), takes it into
   * the local copy and publishes what changed. Empty when Perfherder no longer shows it.
   */
  public Optional<SummaryPayload> refresh(SummaryId id) {
    Optional<SummaryPayload> fresh = client.summary(id.value());
    fresh.ifPresent(this::absorb);
    dispatcher.dispatchPending();
    return fresh;
  }

  private Outcome absorbInTransaction(SummaryPayload fresh) {
    String hash = SummaryCodec.hash(fresh);
    Optional<SummaryStore.Stored> stored = store.findForUpdate(fresh.id());
    if (stored.isEmpty()) {
      if (store.insert(fresh, hash)) {
        outbox.appeared(fresh);
        return Outcome.APPEARED;
      }
      stored = store.findForUpdate(fresh.id());
    }
    SummaryPayload before = stored.orElseThrow().payload();
    if (stored.get().hash().equals(hash)) {
      return Outcome.UNCHANGED;
    }
    Set<Change> changes =
        ChangeDetector.changes(
            SnapshotMapper.toSnapshot(before, ""), SnapshotMapper.toSnapshot(fresh, ""));
    store.update(fresh, hash);
    if (changes.isEmpty()) {
      return Outcome.UPDATED_SILENTLY;
    }
    outbox.changed(before, fresh, changes);
    return Outcome.CHANGED;
  }
}
