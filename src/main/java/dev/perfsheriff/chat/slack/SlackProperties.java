package dev.perfsheriff.chat.slack;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack app: a bot token turns Slack on; HTTP mode needs the signing secret, Socket Mode the
 * app token. {@code apiUrl} points the Web API client elsewhere (staging, tests).
 *
 * @param minPostInterval pause between two posts to one channel (Slack allows about one per second
 *     and channel)
 * @param retryBackoff first pause after a failed post; it doubles per attempt up to {@code
 *     claimLease}
 * @param maxPostAttempts a post that failed this often is marked failed and logged
 * @param claimLease a post claimed longer ago than this without a recorded ts is presumed
 *     interrupted by a crash and reconciled
 * @param outboxPollInterval how often the outbound queue looks for due messages when not woken
 * @param inboundThreads background threads that handle acknowledged requests
 * @param deliveryMemory how long an inbound delivery id is remembered to drop Slack's retries
 */
@ConfigurationProperties("perfsheriff.slack")
public record SlackProperties(
    Secret botToken,
    Secret signingSecret,
    Secret appToken,
    @DefaultValue("https://slack.com/api/") URI apiUrl,
    String channel,
    @DefaultValue("PT1S") Duration minPostInterval,
    @DefaultValue("PT5S") Duration retryBackoff,
    @DefaultValue("10") int maxPostAttempts,
    @DefaultValue("PT2M") Duration claimLease,
    @DefaultValue("PT0.5S") Duration outboxPollInterval,
    @DefaultValue("4") int inboundThreads,
    @DefaultValue("P1D") Duration deliveryMemory) {

  private static final String PREFIX = "perfsheriff.slack.";

  public SlackProperties {
    if (Secret.isSet(botToken)) {
      InvalidConfigException.require(
          Secret.isSet(signingSecret) || Secret.isSet(appToken),
          PREFIX + "signing-secret",
          "is required with a bot token (or set " + PREFIX + "app-token for Socket Mode)");
      InvalidConfigException.require(
          channel != null && !channel.isBlank(),
          PREFIX + "channel",
          "is required with a bot token: the sheriffs channel id");
    }
    InvalidConfigException.require(
        apiUrl.isAbsolute(), PREFIX + "api-url", "must be an absolute URL, was " + apiUrl);
    requirePositive(minPostInterval, "min-post-interval");
    requirePositive(retryBackoff, "retry-backoff");
    requirePositive(claimLease, "claim-lease");
    requirePositive(outboxPollInterval, "outbox-poll-interval");
    requirePositive(deliveryMemory, "delivery-memory");
    InvalidConfigException.require(
        maxPostAttempts > 0, PREFIX + "max-post-attempts", "must be at least 1");
    InvalidConfigException.require(
        inboundThreads > 0, PREFIX + "inbound-threads", "must be at least 1");
  }

  private static void requirePositive(Duration value, String key) {
    InvalidConfigException.require(
        value != null && !value.isNegative() && !value.isZero(),
        PREFIX + key,
        "must be a positive duration");
  }

  public boolean enabled() {
    return Secret.isSet(botToken);
  }

  public boolean socketMode() {
    return enabled() && Secret.isSet(appToken);
  }
}
