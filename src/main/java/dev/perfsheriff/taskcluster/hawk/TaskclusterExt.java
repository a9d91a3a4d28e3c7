package dev.perfsheriff.taskcluster.hawk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Taskcluster's use of Hawk's {@code ext}: base64 of a JSON object that, for temporary credentials,
 * holds the certificate. The certificate is embedded as the JSON text it was configured as, so it
 * is byte-for-byte what the issuer signed.
 */
final class TaskclusterExt {

  private TaskclusterExt() {}

  /** The ext value for these credentials, or null when there is nothing to send. */
  static String of(HawkCredentials credentials) {
    if (credentials.certificate() == null) {
      return null;
    }
    String json = "{\"certificate\":" + credentials.certificate() + "}";
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
