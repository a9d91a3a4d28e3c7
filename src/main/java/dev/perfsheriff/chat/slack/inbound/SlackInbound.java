package dev.perfsheriff.chat.slack.inbound;

/**
 * What the Slack adapter hands on after acknowledging a request, once per delivery, on a background
 * thread. Implemented by the wiring between this adapter and the platform-neutral chat core; a
 * required bean whenever Slack is enabled.
 */
public interface SlackInbound {

  /** {@code /perf <text>}: the text after the command, e.g. {@code show 123}. */
  void command(SlackCommand command);

  /** A card button was clicked. */
  void buttonClicked(SlackButtonClick click);

  /** The cherry-pick modal was submitted with at most the allowed number of alerts. */
  void cherryPickSubmitted(SlackCherryPick submission);

  /** The handoff modal was submitted, with or without a note. */
  void handoffNoteSubmitted(SlackHandoffNote submission);

  /** A person (never a bot) wrote in a thread. */
  void threadMessage(SlackThreadMessage message);

  /** A person changed the text of their message in a thread ({@code message_changed}). */
  void threadMessageEdited(SlackThreadMessage message);

  /** A message of {@code channelId} was deleted ({@code message_deleted}); {@code ts} is its id. */
  void messageDeleted(String channelId, String ts);
}
