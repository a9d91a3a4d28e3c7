package dev.perfsheriff.taskcluster.hawk;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The parts of an HTTP request that Hawk signs.
 *
 * @param contentType media type of the body; parameters after {@code ;} are not signed
 * @param payload the exact body bytes sent, or null to sign without a payload hash
 */
public record HawkRequest(String method, URI uri, String contentType, byte[] payload) {

  public HawkRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    method = method.toUpperCase(Locale.ROOT);
  }

  /** Path plus query, as it appears on the request line. */
  String resource() {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  String host() {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  int port() {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** Hawk signs the bare media type, lower case, without parameters such as charset. */
  String baseContentType() {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.strip().toLowerCase(Locale.ROOT);
  }
}
