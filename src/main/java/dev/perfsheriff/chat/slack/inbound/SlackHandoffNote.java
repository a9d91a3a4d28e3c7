package dev.perfsheriff.chat.slack.inbound;

import dev.perfsheriff.shared.SummaryId;

/**
 * The handoff modal's submission: {@code note} is empty when the sheriff left it blank. {@code
 * origin} carries the card's channel and ts from the modal's metadata, as for {@link
 * SlackCherryPick}.
 */
public record SlackHandoffNote(SlackOrigin origin, SummaryId summaryId, String note) {}
