package dev.perfsheriff.perfherder;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Perfherder is, what the bot watches there, and the optional staff credentials for writes.
 * Without an access token the bot only reads.
 */
@ConfigurationProperties("perfsheriff.perfherder")
public record PerfherderProperties(
    @DefaultValue("https://treeherder.mozilla.org") URI baseUrl,
    @DefaultValue Auth auth,
    @DefaultValue({"talos", "awsy"}) List<String> frameworks,
    @DefaultValue({"autoland", "mozilla-central", "mozilla-beta"}) List<String> repositories,
    @DefaultValue("PT60S") Duration pollInterval) {

  private static final String PREFIX = "perfsheriff.perfherder.";

  public PerfherderProperties {
    InvalidConfigException.require(
        baseUrl.isAbsolute(), PREFIX + "base-url", "must be an absolute URL, was " + baseUrl);
    InvalidConfigException.require(
        !frameworks.isEmpty(), PREFIX + "frameworks", "name at least one framework");
    InvalidConfigException.require(
        !repositories.isEmpty(), PREFIX + "repositories", "name at least one repository");
    InvalidConfigException.require(
        !pollInterval.isNegative() && !pollInterval.isZero(),
        PREFIX + "poll-interval",
        "must be positive, was " + pollInterval);
    frameworks = List.copyOf(frameworks);
    repositories = List.copyOf(repositories);
  }

  /** True when writes (status, notes, stars) can be sent to Perfherder. */
  public boolean canWrite() {
    return Secret.isSet(auth.accessToken());
  }

  /**
   * Auth0 tokens for {@code /api/auth/login/}, and optionally what is needed to renew them. {@code
   * expiresAt} is the access token's expiry in Unix seconds.
   */
  public record Auth(
      Secret accessToken,
      Secret idToken,
      Long expiresAt,
      Secret refreshToken,
      URI tokenUrl,
      String clientId) {

    public Auth {
      String auth = PREFIX + "auth.";
      if (Secret.isSet(accessToken)) {
        InvalidConfigException.require(
            Secret.isSet(idToken), auth + "id-token", "is required with an access token");
        InvalidConfigException.require(
            expiresAt != null, auth + "expires-at", "is required with an access token");
      }
      if (Secret.isSet(refreshToken)) {
        InvalidConfigException.require(
            tokenUrl != null, auth + "token-url", "is required with a refresh token");
        InvalidConfigException.require(
            clientId != null && !clientId.isBlank(),
            auth + "client-id",
            "is required with a refresh token");
      }
    }
  }
}
