package dev.perfsheriff.workflow.domain;

/** Perfherder's own status of an alert summary (its integer codes), plus UNKNOWN for new codes. */
public enum SummaryStatus {
  UNTRIAGED(0),
  DOWNSTREAM(1),
  REASSIGNED(2),
  INVALID(3),
  IMPROVEMENT(4),
  INVESTIGATING(5),
  WONTFIX(6),
  FIXED(7),
  BACKEDOUT(8),
  INFRA(9),
  UNKNOWN(-1);

  private final int code;

  SummaryStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The status for a Perfherder code; codes this bot does not know yet map to UNKNOWN. */
  public static SummaryStatus fromCode(int code) {
    for (SummaryStatus status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
