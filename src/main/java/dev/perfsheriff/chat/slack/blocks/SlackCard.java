package dev.perfsheriff.chat.slack.blocks;

import dev.perfsheriff.chat.slack.SlackButton;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;

/**
 * What the card of one summary shows, already worded by the chat core.
 *
 * @param summaryId the summary (button values and message metadata carry it)
 * @param title the first line, Slack mrkdwn, e.g. a link to the summary and its repository
 * @param lines further mrkdwn lines (alerts, suggestions), each shown as its own section
 * @param state the workflow state line, e.g. "untriaged" or "data ready"
 * @param buttons the buttons the card offers in its state; none once the summary is closed
 */
public record SlackCard(
    SummaryId summaryId,
    String title,
    List<String> lines,
    String state,
    List<SlackButton> buttons) {

  public SlackCard {
    lines = List.copyOf(lines);
    buttons = List.copyOf(buttons);
  }

  /** The plain-text fallback Slack shows in notifications and for screen readers. */
  public String fallbackText() {
    return title + " (" + state + ")";
  }
}
