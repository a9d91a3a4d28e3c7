package dev.perfsheriff.perfherder.api;

/**
 * Treeherder refused a request with a 4xx status (not 429, which is retried): the request itself is
 * wrong or not allowed, so repeating it cannot help. {@link #body()} is Treeherder's explanation,
 * e.g. {@code {"detail": "Authentication credentials were not provided."}}.
 */
public class PerfherderClientError extends PerfherderException {

  private final int status;
  private final String method;
  private final String url;
  private final String body;

  public PerfherderClientError(int status, String method, String url, String body) {
    super("Perfherder refused " + method + " " + url + " with HTTP " + status + describe(body));
    this.status = status;
    this.method = method;
    this.url = url;
    this.body = body;
  }

  private static String describe(String body) {
    if (body == null || body.isBlank()) {
      return ".";
    }
    String trimmed = body.strip();
    return ": " + (trimmed.length() > 300 ? trimmed.substring(0, 300) + "…" : trimmed);
  }

  public int status() {
    return status;
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  public String body() {
    return body;
  }

  public boolean notFound() {
    return status == 404;
  }

  /** 401/403: the session is missing, expired, or the user is not staff. */
  public boolean notAllowed() {
    return status == 401 || status == 403;
  }
}
