package dev.perfsheriff.chat.matrix.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to the homeserver that did not succeed, classified by what the caller should do next. The
 * message is a sentence fit for a log line and never contains the access token.
 */
public final class MatrixApiException extends RuntimeException {

  /** What went wrong, from the caller's point of view. */
  public enum Kind {
    /** {@code M_LIMIT_EXCEEDED} (429): wait {@link #retryAfter()} if given, then retry as is. */
    RATE_LIMITED,
    /** {@code M_UNKNOWN_TOKEN} / {@code M_MISSING_TOKEN} (401): retry slowly until fixed. */
    TOKEN_REJECTED,
    /** 5xx, a timeout, a broken connection or an unreadable answer: retry with back-off. */
    UNAVAILABLE,
    /** Any other refusal (4xx, e.g. {@code M_FORBIDDEN}): retrying will not help. */
    REFUSED
  }

  private final Kind kind;
  private final String errcode;
  private final Duration retryAfter;

  public MatrixApiException(Kind kind, String errcode, Duration retryAfter, String message) {
    super(message);
    this.kind = kind;
    this.errcode = errcode;
    this.retryAfter = retryAfter;
  }

  public MatrixApiException(String message, Throwable cause) {
    super(message, cause);
    this.kind = Kind.UNAVAILABLE;
    this.errcode = null;
    this.retryAfter = null;
  }

  public Kind kind() {
    return kind;
  }

  /** The Matrix error code, e.g. {@code M_FORBIDDEN}; empty for transport failures. */
  public Optional<String> errcode() {
    return Optional.ofNullable(errcode);
  }

  /** How long the homeserver asked us to wait ({@code retry_after_ms} or {@code Retry-After}). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public boolean is(String matrixErrcode) {
    return matrixErrcode.equals(errcode);
  }
}
