package dev.perfsheriff.chat.slack.blocks;

import dev.perfsheriff.shared.SummaryId;
import java.util.List;

/**
 * What the cherry-pick modal offers and where its result belongs.
 *
 * @param maxPicks the most alerts one submission may pick (the chat core's limit)
 * @param channelId the card's channel, handed back with the submission
 * @param threadTs the card's ts, handed back with the submission
 */
public record CherryPickRequest(
    SummaryId summaryId,
    List<CherryPickChoice> choices,
    int maxPicks,
    String channelId,
    String threadTs) {

  public CherryPickRequest {
    choices = List.copyOf(choices);
    if (maxPicks < 1) {
      throw new IllegalArgumentException("maxPicks must be at least 1, was " + maxPicks);
    }
  }
}
