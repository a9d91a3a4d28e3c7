package dev.perfsheriff.bugzilla;

/** Bugzilla could not be read; the message says why in a sentence. */
public class BugzillaException extends RuntimeException {

  public BugzillaException(String message, Throwable cause) {
    super(message, cause);
  }
}
