package dev.perfsheriff.taskcluster.hawk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds Hawk {@code Authorization} headers (version 1, sha256). The timestamp comes from the clock
 * so tests can pin it; the nonce is random per request unless given.
 */
public final class HawkSigner {

  private static final String HMAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;

  public HawkSigner(Clock clock) {
    this.clock = clock;
  }

  /** A header for {@code request}, with a fresh nonce and the certificate (if any) in ext. */
  public String authorization(HawkCredentials credentials, HawkRequest request) {
    long ts = clock.instant().getEpochSecond();
    String ext = TaskclusterExt.of(credentials);
    return authorization(credentials, request, ts, newNonce(), ext);
  }

  /** A header with every variable part given: what the specification's test vectors pin. */
  public static String authorization(
      HawkCredentials credentials, HawkRequest request, long ts, String nonce, String ext) {
    String hash =
        request.payload() == null
            ? null
            : payloadHash(request.baseContentType(), request.payload());
    String mac = mac(credentials, normalized(request, ts, nonce, hash, ext));
    StringBuilder header = new StringBuilder("Hawk id=\"").append(credentials.clientId());
    header.append("\", ts=\"").append(ts).append("\", nonce=\"").append(nonce).append('"');
    if (hash != null) {
      header.append(", hash=\"").append(hash).append('"');
    }
    if (ext != null && !ext.isEmpty()) {
      header.append(", ext=\"").append(ext).append('"');
    }
    return header.append(", mac=\"").append(mac).append('"').toString();
  }

  /** The string the MAC covers; every line ends with a newline, empty lines stay. */
  static String normalized(HawkRequest request, long ts, String nonce, String hash, String ext) {
    return "hawk.1.header\n"
        + ts
        + "\n"
        + nonce
        + "\n"
        + request.method()
        + "\n"
        + request.resource()
        + "\n"
        + request.host()
        + "\n"
        + request.port()
        + "\n"
        + (hash == null ? "" : hash)
        + "\n"
        + (ext == null ? "" : ext.replace("\\", "\\\\").replace("\n", "\\n"))
        + "\n";
  }

  /** Base64 SHA-256 of {@code hawk.1.payload\n<content-type>\n<body>\n}. */
  public static String payloadHash(String baseContentType, byte[] payload) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("hawk.1.payload\n" + baseContentType + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(payload);
      sha.update((byte) '\n');
      return Base64.getEncoder().encodeToString(sha.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static String mac(HawkCredentials credentials, String normalized) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      byte[] key = credentials.accessToken().reveal().getBytes(StandardCharsets.UTF_8);
      mac.init(new SecretKeySpec(key, HMAC));
      byte[] digest = mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HmacSHA256", e);
    }
  }

  private static String newNonce() {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
