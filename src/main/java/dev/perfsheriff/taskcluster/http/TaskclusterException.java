package dev.perfsheriff.taskcluster.http;

/**
 * A Taskcluster call that did not succeed. The subclasses say why, so callers can tell "fix the
 * credentials" from "try again later"; the message is a sentence fit for the sheriff.
 */
public abstract sealed class TaskclusterException extends RuntimeException
    permits TaskclusterException.Unauthorized,
        TaskclusterException.NotFound,
        TaskclusterException.Rejected,
        TaskclusterException.Unavailable,
        TaskclusterException.Malformed {

  private final int status;

  TaskclusterException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status, or 0 when no answer came (timeout, connection refused). */
  public int status() {
    return status;
  }

  /** 401 or 403: the credentials are wrong, expired, or lack the scope. */
  public static final class Unauthorized extends TaskclusterException {
    Unauthorized(String message, int status) {
      super(message, status, null);
    }
  }

  /** 404: no such task, artifact, index path or hook. */
  public static final class NotFound extends TaskclusterException {
    NotFound(String message) {
      super(message, 404, null);
    }
  }

  /** Another 4xx: the request itself was refused (e.g. input failed the hook's schema). */
  public static final class Rejected extends TaskclusterException {
    Rejected(String message, int status) {
      super(message, status, null);
    }
  }

  /** 5xx or no answer in time, after the retries allowed for the call. */
  public static final class Unavailable extends TaskclusterException {
    Unavailable(String message, int status, Throwable cause) {
      super(message, status, cause);
    }
  }

  /** An answer that is not the JSON the API documents, or a document we must refuse. */
  public static final class Malformed extends TaskclusterException {
    public Malformed(String message) {
      super(message, 0, null);
    }
  }
}
