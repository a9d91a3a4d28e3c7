package dev.perfsheriff.taskcluster.execution;

/**
 * A step that cannot be turned into a hook call; the message completes "could not trigger: ...".
 */
class StepFailure extends RuntimeException {

  StepFailure(String reason) {
    super(reason);
  }
}
