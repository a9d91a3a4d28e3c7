package dev.perfsheriff.chat.slack.inbound;

import dev.perfsheriff.chat.slack.SlackButton;
import dev.perfsheriff.shared.SummaryId;

/**
 * A click on a card button. {@code origin.threadTs()} is the card's ts (the thread to answer in).
 */
public record SlackButtonClick(SlackOrigin origin, SlackButton button, SummaryId summaryId) {}
