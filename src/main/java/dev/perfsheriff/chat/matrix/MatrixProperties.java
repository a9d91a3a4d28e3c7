package dev.perfsheriff.chat.matrix;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Matrix bot account and the sheriffs room. All four account keys together turn Matrix on;
 * {@code sync.*} and {@code send.*} tune the long poll, the lease and the outbound retries.
 */
@ConfigurationProperties("perfsheriff.matrix")
public record MatrixProperties(
    URI homeserverUrl,
    Secret accessToken,
    String userId,
    String roomId,
    @DefaultValue Sync sync,
    @DefaultValue Send send) {

  private static final String PREFIX = "perfsheriff.matrix.";

  @ConstructorBinding
  public MatrixProperties {
    sync = sync == null ? new Sync(null, null, null, 0) : sync;
    send = send == null ? new Send(null, null, 0, null) : send;
    boolean anySet =
        homeserverUrl != null || Secret.isSet(accessToken) || present(userId) || present(roomId);
    if (anySet) {
      InvalidConfigException.require(
          homeserverUrl != null && homeserverUrl.isAbsolute(),
          PREFIX + "homeserver-url",
          "must be an absolute URL when Matrix is configured");
      InvalidConfigException.require(
          Secret.isSet(accessToken), PREFIX + "access-token", "is required for Matrix");
      InvalidConfigException.require(
          present(userId) && userId.startsWith("@"),
          PREFIX + "user-id",
          "must be the bot's full user id, like @perfbot:mozilla.org");
      InvalidConfigException.require(
          present(roomId) && (roomId.startsWith("!") || roomId.startsWith("#")),
          PREFIX + "room-id",
          "must be a room id (!abc:server) or alias (#room:server)");
    }
  }

  /** The account and room only; sync and send tuning take their defaults. */
  public MatrixProperties(URI homeserverUrl, Secret accessToken, String userId, String roomId) {
    this(homeserverUrl, accessToken, userId, roomId, null, null);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean positive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }

  public boolean enabled() {
    return homeserverUrl != null;
  }

  /**
   * The {@code /sync} long poll and its single-replica lease.
   *
   * @param timeout how long the homeserver may hold one long poll open (default 20 s)
   * @param leaseDuration how long the lease outlives its last renewal; a dead holder's replica is
   *     replaced after at most this plus {@code standbyInterval} (default 40 s)
   * @param standbyInterval how often a replica without the lease tries to take it (default 10 s)
   * @param timelineLimit most events one sync returns for the room (default 100)
   */
  public record Sync(
      Duration timeout, Duration leaseDuration, Duration standbyInterval, int timelineLimit) {

    public Sync {
      timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
      leaseDuration = leaseDuration == null ? Duration.ofSeconds(40) : leaseDuration;
      standbyInterval = standbyInterval == null ? Duration.ofSeconds(10) : standbyInterval;
      timelineLimit = timelineLimit == 0 ? 100 : timelineLimit;
      InvalidConfigException.require(
          !timeout.isNegative() && timeout.compareTo(leaseDuration) < 0,
          PREFIX + "sync.timeout",
          "must be shorter than " + PREFIX + "sync.lease-duration, or the lease lapses mid-poll");
      InvalidConfigException.require(
          positive(standbyInterval), PREFIX + "sync.standby-interval", "must be positive");
      InvalidConfigException.require(
          timelineLimit > 0, PREFIX + "sync.timeline-limit", "must be positive");
    }
  }

  /**
   * Retries of calls to the homeserver (sends, and the sync loop after errors).
   *
   * @param initialBackoff first wait after a 5xx or a timeout, doubled per failure (default 1 s)
   * @param maxBackoff the longest such wait (default 2 min)
   * @param maxAttempts attempts of one outbound send before it is given up (default 8); waits asked
   *     for by {@code M_LIMIT_EXCEEDED} do not count
   * @param tokenRejectedRetry the slow retry while the access token is rejected (default 5 min)
   */
  public record Send(
      Duration initialBackoff, Duration maxBackoff, int maxAttempts, Duration tokenRejectedRetry) {

    public Send {
      initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
      maxBackoff = maxBackoff == null ? Duration.ofMinutes(2) : maxBackoff;
      maxAttempts = maxAttempts == 0 ? 8 : maxAttempts;
      tokenRejectedRetry = tokenRejectedRetry == null ? Duration.ofMinutes(5) : tokenRejectedRetry;
      InvalidConfigException.require(
          positive(initialBackoff) && initialBackoff.compareTo(maxBackoff) <= 0,
          PREFIX + "send.initial-backoff",
          "must be positive and at most " + PREFIX + "send.max-backoff");
      InvalidConfigException.require(
          maxAttempts > 0, PREFIX + "send.max-attempts", "must be positive");
      InvalidConfigException.require(
          positive(tokenRejectedRetry), PREFIX + "send.token-rejected-retry", "must be positive");
    }
  }
}
