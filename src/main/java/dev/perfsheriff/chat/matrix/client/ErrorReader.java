package dev.perfsheriff.chat.matrix.client;

import java.time.Duration;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a non-2xx answer (the spec's standard error body {@code {errcode, error}}) into a {@link
 * MatrixApiException}. A rate limit's wait comes from {@code retry_after_ms} or, since v1.10, the
 * {@code Retry-After} header (seconds).
 */
final class ErrorReader {

  private final JsonMapper json;

  ErrorReader(JsonMapper json) {
    this.json = json;
  }

  MatrixApiException read(String what, Response response, String body) {
    JsonNode error = parse(body);
    String errcode = error.path("errcode").isString() ? error.path("errcode").stringValue() : null;
    String text = error.path("error").isString() ? error.path("error").stringValue() : "";
    int status = response.code();
    String message =
        what
            + " was refused: HTTP "
            + status
            + (errcode == null ? "" : " " + errcode)
            + (text.isBlank() ? "" : " (" + text + ")");
    if (status == 429 || "M_LIMIT_EXCEEDED".equals(errcode)) {
      return new MatrixApiException(
          MatrixApiException.Kind.RATE_LIMITED, errcode, retryAfter(error, response), message);
    }
    if (status == 401 || "M_UNKNOWN_TOKEN".equals(errcode) || "M_MISSING_TOKEN".equals(errcode)) {
      String problem =
          "the homeserver rejects the access token ("
              + (errcode == null ? "HTTP 401" : errcode)
              + (error.path("soft_logout").asBoolean(false) ? ", soft logout" : "")
              + ").";
      return new MatrixApiException(MatrixApiException.Kind.TOKEN_REJECTED, errcode, null, problem);
    }
    MatrixApiException.Kind kind =
        status >= 500 ? MatrixApiException.Kind.UNAVAILABLE : MatrixApiException.Kind.REFUSED;
    return new MatrixApiException(kind, errcode, null, message);
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JacksonException e) {
      return json.createObjectNode();
    }
  }

  private static Duration retryAfter(JsonNode error, Response response) {
    JsonNode millis = error.path("retry_after_ms");
    if (millis.isIntegralNumber() && millis.asLong() >= 0) {
      return Duration.ofMillis(millis.asLong());
    }
    String header = response.header("Retry-After");
    if (header != null && header.trim().matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(header.trim()));
    }
    return null;
  }
}
