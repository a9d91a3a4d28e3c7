package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.PerfherderWriteBack;
import dev.perfsheriff.workflow.domain.WriteOp;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import dev.perfsheriff.workflow.persistence.PendingWriteStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes decisions back to Perfherder through the {@link PerfherderWriteBack} port, when a bean
 * implements it, and tells in sentences what was written, recorded in the bot only, or queued. A
 * write Perfherder refuses (after the client's own retries) is stored in the durable queue that
 * {@link WriteBackRetrier} works off, so the bot and Perfherder never silently disagree.
 */
@Component
class DecisionWriter {

  private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);

  /** One write: what it is in words, and the write itself. */
  record Write(String what, WriteOp op) {}

  private final ObjectProvider<PerfherderWriteBack> writeBack;
  private final PendingWriteStore pending;
  private final WorkflowClock clock;
  private final WorkflowProperties properties;

  DecisionWriter(
      ObjectProvider<PerfherderWriteBack> writeBack,
      PendingWriteStore pending,
      WorkflowClock clock,
      WorkflowProperties properties) {
    this.writeBack = writeBack;
    this.pending = pending;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Stores the writes in the durable queue, in the caller's transaction, so that a crash before
   * they reach Perfherder does not lose them; empty when there is no Perfherder module to write to.
   */
  List<Claimed> claim(SummaryId summary, List<Write> writes) {
    if (writes.isEmpty() || writeBack.getIfAvailable() == null) {
      return List.of();
    }
    Instant now = clock.now();
    Instant retryAt = now.plus(properties.writeRetryInterval());
    return writes.stream()
        .map(w -> new Claimed(pending.enqueue(summary, w.what(), w.op(), now, retryAt), w))
        .toList();
  }

  /**
   * Performs the claimed writes in order, removing each from the queue once Perfherder took it; one
   * sentence per kind of outcome. {@code writes} says what was meant when nothing was claimed.
   */
  List<String> attempt(List<Claimed> claimed, List<Write> writes) {
    if (writes.isEmpty()) {
      return List.of();
    }
    PerfherderWriteBack port = writeBack.getIfAvailable();
    if (port == null || claimed.isEmpty()) {
      return List.of(
          "not written to Perfherder: Perfherder module unavailable (" + whats(writes) + ").");
    }
    List<String> written = new ArrayList<>();
    List<String> readOnly = new ArrayList<>();
    List<String> queued = new ArrayList<>();
    String error = "";
    for (Claimed claim : claimed) {
      Write write = claim.write();
      try {
        WriteOutcome outcome = write.op().apply(port);
        pending.landed(claim.queueId());
        (outcome == WriteOutcome.WRITTEN ? written : readOnly).add(write.what());
      } catch (RuntimeException e) {
        log.warn("Perfherder write failed, left queued: {}: {}", write.what(), e.getMessage());
        error = String.valueOf(e.getMessage());
        pending.failedAgain(
            claim.queueId(), error, clock.now().plus(properties.writeRetryInterval()));
        queued.add(write.what());
      }
    }
    List<String> sentences = new ArrayList<>();
    if (!written.isEmpty()) {
      sentences.add("written to Perfherder: " + String.join("; ", written) + ".");
    }
    if (!readOnly.isEmpty()) {
      sentences.add(
          "Perfherder is read-only (no credentials), recorded in the bot only: "
              + String.join("; ", readOnly)
              + ".");
    }
    if (!queued.isEmpty()) {
      sentences.add(
          "not yet written to Perfherder: "
              + String.join("; ", queued)
              + " ("
              + error
              + "); queued, the bot retries and says so in the summary's thread when it lands.");
    }
    return sentences;
  }

  /** A write stored in the queue under {@code queueId}. */
  record Claimed(long queueId, Write write) {}

  private static String whats(List<Write> writes) {
    return String.join("; ", writes.stream().map(Write::what).toList());
  }
}
