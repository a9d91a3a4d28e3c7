package dev.perfsheriff.workflow.domain;

/** Perfherder's status of one alert (its integer codes), plus UNKNOWN for new codes. */
public enum AlertStatus {
  UNTRIAGED(0),
  DOWNSTREAM(1),
  REASSIGNED(2),
  INVALID(3),
  ACKNOWLEDGED(4),
  INFRA(5),
  UNKNOWN(-1);

  private final int code;

  AlertStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The status for a Perfherder code; codes this bot does not know yet map to UNKNOWN. */
  public static AlertStatus fromCode(int code) {
    for (AlertStatus status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
