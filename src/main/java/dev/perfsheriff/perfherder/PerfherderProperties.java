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
    @DefaultValue("PT60S") Duration pollInterval,
    @DefaultValue Http http,
    @DefaultValue Sync sync) {

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

  /**
   * How the bot talks HTTP to Treeherder. Treeherder rejects generic client User-Agents, so the bot
   * names itself. A request is tried {@code maxAttempts} times in all on 5xx, 429 and timeouts,
   * waiting about {@code retryBaseDelay} × 2ⁿ (with jitter, at most {@code retryMaxDelay}), or what
   * a 429's Retry-After asks if that is not longer than {@code retryMaxDelay}.
   */
  public record Http(
      @DefaultValue("perf-sheriff-bot/0.1 (Mozilla performance sheriffs' chat bot)")
          String userAgent,
      @DefaultValue("PT10S") Duration connectTimeout,
      @DefaultValue("PT30S") Duration readTimeout,
      @DefaultValue("4") int maxAttempts,
      @DefaultValue("PT1S") Duration retryBaseDelay,
      @DefaultValue("PT60S") Duration retryMaxDelay) {

    public Http {
      String http = PREFIX + "http.";
      InvalidConfigException.require(
          userAgent != null && !userAgent.isBlank(), http + "user-agent", "must not be blank");
      requirePositive(connectTimeout, http + "connect-timeout");
      requirePositive(readTimeout, http + "read-timeout");
      InvalidConfigException.require(
          maxAttempts >= 1, http + "max-attempts", "must be at least 1, was " + maxAttempts);
      requirePositive(retryBaseDelay, http + "retry-base-delay");
      InvalidConfigException.require(
          retryMaxDelay.compareTo(retryBaseDelay) >= 0,
          http + "retry-max-delay",
          "must not be shorter than retry-base-delay");
    }
  }

  /**
   * How the local copy follows Perfherder. Each poll reads the newest {@code headSize} summaries
   * per repository and framework (newest first) and pages on with {@code pageSize} only while they
   * are all new; every {@code rescanInterval} the summaries whose push is younger than {@code
   * rescanWindow} are re-read in full to notice edits of older summaries. The first poll ever looks
   * back {@code initialLookback}. Undelivered events are retried up to {@code maxDeliveryAttempts}
   * times. The staff session is renewed every {@code sessionRenewal}, well before Treeherder's
   * 45-minute cap.
   */
  public record Sync(
      @DefaultValue("10") int headSize,
      @DefaultValue("100") int pageSize,
      @DefaultValue("PT15M") Duration rescanInterval,
      @DefaultValue("P14D") Duration rescanWindow,
      @DefaultValue("P2D") Duration initialLookback,
      @DefaultValue("5") int maxDeliveryAttempts,
      @DefaultValue("PT15M") Duration sessionRenewal,
      @DefaultValue("PT12H") Duration pushSearchWindow) {

    /** Treeherder's maximum {@code limit} for the summary list. */
    public static final int MAX_PAGE_SIZE = 100;

    public Sync {
      String sync = PREFIX + "sync.";
      InvalidConfigException.require(
          headSize >= 1 && headSize <= MAX_PAGE_SIZE,
          sync + "head-size",
          "must be 1 to " + MAX_PAGE_SIZE + ", was " + headSize);
      InvalidConfigException.require(
          pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
          sync + "page-size",
          "must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
      requirePositive(rescanInterval, sync + "rescan-interval");
      requirePositive(rescanWindow, sync + "rescan-window");
      requirePositive(initialLookback, sync + "initial-lookback");
      InvalidConfigException.require(
          maxDeliveryAttempts >= 1, sync + "max-delivery-attempts", "must be at least 1");
      requirePositive(sessionRenewal, sync + "session-renewal");
      requirePositive(pushSearchWindow, sync + "push-search-window");
      InvalidConfigException.require(
          sessionRenewal.compareTo(Duration.ofMinutes(45)) < 0,
          sync + "session-renewal",
          "must be shorter than Treeherder's 45-minute session cap, was " + sessionRenewal);
    }
  }

  private static void requirePositive(Duration duration, String key) {
    InvalidConfigException.require(
        duration != null && !duration.isNegative() && !duration.isZero(),
        key,
        "must be positive, was " + duration);
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
