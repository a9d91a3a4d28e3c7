package dev.perfsheriff.shared;

import java.util.Objects;

/**
 * A credential (token, password, signing secret). Its {@link #toString()} never shows the value, so
 * a secret can travel through configuration dumps, log lines and exception messages safely; only
 * {@link #reveal()} hands it out, at the one place that puts it on the wire.
 */
public final class Secret {

  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** Spring's binder and callers use this to turn a configured string into a secret. */
  public static Secret of(String value) {
    return new Secret(value);
  }

  public String reveal() {
    return value;
  }

  public boolean isBlank() {
    return value.isBlank();
  }

  /** True when the configured secret is present and not blank. */
  public static boolean isSet(Secret secret) {
    return secret != null && !secret.isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.isEmpty() ? "<empty>" : "******";
  }
}
