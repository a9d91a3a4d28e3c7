package dev.perfsheriff.taskcluster.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns an unsuccessful HTTP answer into the matching {@link TaskclusterException}. */
final class TaskclusterErrors {

  private static final int MAX_DETAIL = 300;

  private TaskclusterErrors() {}

  static TaskclusterException fromStatus(String what, int status, String body, JsonMapper json) {
    String detail = detail(body, json);
    if (status == 401 || status == 403) {
      return new TaskclusterException.Unauthorized(
          "Taskcluster refused the credentials for " + what + " (" + status + ")" + detail, status);
    }
    if (status == 404) {
      return new TaskclusterException.NotFound("Taskcluster has nothing at " + what + detail);
    }
    if (status >= 500) {
      return new TaskclusterException.Unavailable(
          "Taskcluster failed on " + what + " (" + status + ")" + detail, status, null);
    }
    return new TaskclusterException.Rejected(
        "Taskcluster rejected " + what + " (" + status + ")" + detail, status);
  }

  /** The first line of Taskcluster's {@code message}, which says what was wrong. */
  private static String detail(String body, JsonMapper json) {
    String message;
    try {
      message = json.readTree(body).path("message").asString("");
    } catch (JacksonException e) {
      message = "";
    }
    message = message.lines().findFirst().orElse("").strip();
    if (message.length() > MAX_DETAIL) {
      message = message.substring(0, MAX_DETAIL) + "…";
    }
    return message.isEmpty() ? "." : ": " + message;
  }
}
