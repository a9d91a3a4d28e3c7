package dev.perfsheriff.perfherder.api;

/** Sherlock's backfill record status codes, plus UNKNOWN for codes added later. */
public enum BackfillStatus {
  PRELIMINARY(0),
  READY_FOR_PROCESSING(1),
  BACKFILLED(2),
  SUCCESSFUL(3),
  FAILED(4),
  VERIFICATION_FAILED(5),
  UNKNOWN(-1);

  private final int code;

  BackfillStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static BackfillStatus fromCode(int code) {
    for (BackfillStatus status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
