package dev.perfsheriff.perfherder.api;

/** Any failure talking to Treeherder; the message is a sentence that names the URL when known. */
public class PerfherderException extends RuntimeException {

  public PerfherderException(String message) {
    super(message);
  }

  public PerfherderException(String message, Throwable cause) {
    super(message, cause);
  }
}
