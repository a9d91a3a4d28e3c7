package dev.perfsheriff.chat.slack.inbound;

/** A {@code /perf} slash command and its text (the command grammar is the chat core's). */
public record SlackCommand(SlackOrigin origin, String text) {

  public SlackCommand {
    text = text == null ? "" : text.strip();
  }
}
