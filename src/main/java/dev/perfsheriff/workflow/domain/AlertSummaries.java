package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the alert summaries the bot knows (implemented by the Perfherder module's local copy). */
public interface AlertSummaries {

  Optional<AlertSummary> find(SummaryId id);

  /** Summaries of the watched repositories and frameworks created in [from, to), oldest first. */
  List<AlertSummary> createdBetween(Instant from, Instant to);
}
