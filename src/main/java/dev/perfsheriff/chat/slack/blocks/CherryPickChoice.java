package dev.perfsheriff.chat.slack.blocks;

import dev.perfsheriff.shared.AlertId;

/**
 * One alert offered in the cherry-pick modal.
 *
 * @param label what the sheriff reads, e.g. "tp5n windows11 +12.3 %" (Slack shows 75 characters)
 * @param recommended pre-selected when the modal opens
 */
public record CherryPickChoice(AlertId alertId, String label, boolean recommended) {}
