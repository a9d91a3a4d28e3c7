package dev.perfsheriff.taskcluster.hawk;

import dev.perfsheriff.shared.Secret;
import java.util.Objects;

/**
 * A Taskcluster client: its id, the access token (the HMAC key), and for temporary credentials the
 * certificate JSON that must travel in {@code ext} so the server can verify the derived key.
 *
 * @param certificate the certificate as a JSON object text, or null for permanent credentials
 */
public record HawkCredentials(String clientId, Secret accessToken, String certificate) {

  public HawkCredentials {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(accessToken, "accessToken");
    certificate = certificate == null || certificate.isBlank() ? null : certificate.strip();
  }

  @Override
  public String toString() {
    return "HawkCredentials[" + clientId + (certificate == null ? "" : ", temporary") + "]";
  }
}
