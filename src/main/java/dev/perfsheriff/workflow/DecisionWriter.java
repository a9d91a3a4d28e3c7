package dev.perfsheriff.workflow;

import dev.perfsheriff.workflow.domain.PerfherderWriteBack;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes decisions back to Perfherder through the {@link PerfherderWriteBack} port, when a bean
 * implements it, and tells in sentences what was written, recorded in the bot only, or not written.
 */
@Component
class DecisionWriter {

  private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);

  /** One write: what it is in words, and the call. */
  record Write(String what, Function<PerfherderWriteBack, WriteOutcome> call) {}

  private final ObjectProvider<PerfherderWriteBack> writeBack;

  DecisionWriter(ObjectProvider<PerfherderWriteBack> writeBack) {
    this.writeBack = writeBack;
  }

  /** Performs the writes in order; one sentence per kind of outcome. */
  List<String> write(List<Write> writes) {
    if (writes.isEmpty()) {
      return List.of();
    }
    PerfherderWriteBack port = writeBack.getIfAvailable();
    if (port == null) {
      return List.of(
          "not written to Perfherder: Perfherder module unavailable (" + whats(writes) + ").");
    }
    List<String> written = new ArrayList<>();
    List<String> readOnly = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Write write : writes) {
      try {
        WriteOutcome outcome = write.call().apply(port);
        (outcome == WriteOutcome.WRITTEN ? written : readOnly).add(write.what());
      } catch (RuntimeException e) {
        log.warn("Perfherder write failed: {}: {}", write.what(), e.getMessage());
        sentences.add(
            "not written to Perfherder: " + write.what() + " failed (" + e.getMessage() + ").");
      }
    }
    if (!written.isEmpty()) {
      sentences.add(0, "written to Perfherder: " + String.join("; ", written) + ".");
    }
    if (!readOnly.isEmpty()) {
      sentences.add(
          "Perfherder is read-only (no credentials), recorded in the bot only: "
              + String.join("; ", readOnly)
              + ".");
    }
    return sentences;
  }

  private static String whats(List<Write> writes) {
    return String.join("; ", writes.stream().map(Write::what).toList());
  }
}
