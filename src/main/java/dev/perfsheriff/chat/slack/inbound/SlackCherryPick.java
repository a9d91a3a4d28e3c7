package dev.perfsheriff.chat.slack.inbound;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;

/**
 * The alerts chosen in the cherry-pick modal. {@code origin} carries the channel and card ts the
 * modal was opened from (kept in the modal's private metadata), no trigger id or response url.
 */
public record SlackCherryPick(SlackOrigin origin, SummaryId summaryId, List<AlertId> alerts) {

  public SlackCherryPick {
    alerts = List.copyOf(alerts);
  }
}
