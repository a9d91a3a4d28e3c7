package dev.perfsheriff.perfherder.api;

/** The Bugzilla resolution Perfherder mirrors on a summary, plus UNKNOWN for codes added later. */
public enum BugStatus {
  NEW(0),
  FIXED(1),
  INVALID(2),
  INACTIVE(3),
  DUPLICATE(4),
  WONTFIX(5),
  WORKSFORME(6),
  INCOMPLETE(7),
  MOVED(8),
  UNKNOWN(-1);

  private final int code;

  BugStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static BugStatus fromCode(int code) {
    for (BugStatus status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
