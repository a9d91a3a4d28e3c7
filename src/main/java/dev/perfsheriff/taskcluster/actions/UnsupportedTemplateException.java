package dev.perfsheriff.taskcluster.actions;

/**
 * A hook payload template uses JSON-e the bot does not implement. Rendering stops rather than send
 * a payload that is silently wrong; the message names the construct and where it is.
 */
public class UnsupportedTemplateException extends RuntimeException {

  public UnsupportedTemplateException(String construct, String where) {
    super(
        "The hook payload uses the JSON-e construct "
            + construct
            + " at "
            + where
            + ", which the bot does not render; nothing was triggered.");
  }
}
