package dev.perfsheriff.workflow.domain;

/**
 * What a policy says about a request: allowed, or refused with a sentence the person can act on.
 */
public sealed interface Decision {

  Allowed ALLOWED = new Allowed();

  static Decision allow() {
    return ALLOWED;
  }

  static Decision refuse(String reason) {
    return new Refused(reason);
  }

  default boolean allowed() {
    return this instanceof Allowed;
  }

  /** The refusal's reason, or empty when allowed. */
  default String reason() {
    return this instanceof Refused refused ? refused.why() : "";
  }

  /** The request may go ahead. */
  record Allowed() implements Decision {}

  /** The request may not go ahead, and why. */
  record Refused(String why) implements Decision {
    public Refused {
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }
  }
}
