package dev.perfsheriff.taskcluster.actions;

/** The input would not pass the action's schema; nothing is sent. */
public class InvalidActionInputException extends RuntimeException {

  public InvalidActionInputException(String problem) {
    super("The action input was refused before sending: " + problem + ".");
  }
}
