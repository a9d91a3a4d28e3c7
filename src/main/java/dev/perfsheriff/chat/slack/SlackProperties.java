package dev.perfsheriff.chat.slack;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack app: a bot token turns Slack on; HTTP mode needs the signing secret, Socket Mode the
 * app token. {@code apiUrl} points the Web API client elsewhere (staging, tests).
 */
@ConfigurationProperties("perfsheriff.slack")
public record SlackProperties(
    Secret botToken,
    Secret signingSecret,
    Secret appToken,
    @DefaultValue("https://slack.com/api/") URI apiUrl,
    String channel) {

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
  }

  public boolean enabled() {
    return Secret.isSet(botToken);
  }

  public boolean socketMode() {
    return enabled() && Secret.isSet(appToken);
  }
}
