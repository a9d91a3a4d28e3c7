package dev.perfsheriff.perfherder.api;

/** Treeherder answered with JSON this bot cannot use (not JSON at all, or an entity without id). */
public class PayloadException extends PerfherderException {

  public PayloadException(String message) {
    super(message);
  }

  public PayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
