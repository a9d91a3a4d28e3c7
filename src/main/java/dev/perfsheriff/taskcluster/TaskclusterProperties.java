package dev.perfsheriff.taskcluster;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Taskcluster deployment and the Hawk credentials for triggering actions. Without credentials
 * the bot runs dry: it plans and reserves, but triggers nothing.
 */
@ConfigurationProperties("perfsheriff.taskcluster")
public record TaskclusterProperties(
    @DefaultValue("https://firefox-ci-tc.services.mozilla.com") URI rootUrl,
    String clientId,
    Secret accessToken) {

  private static final String PREFIX = "perfsheriff.taskcluster.";

  public TaskclusterProperties {
    InvalidConfigException.require(
        rootUrl.isAbsolute(), PREFIX + "root-url", "must be an absolute URL, was " + rootUrl);
    boolean hasClient = clientId != null && !clientId.isBlank();
    InvalidConfigException.require(
        hasClient == Secret.isSet(accessToken),
        hasClient ? PREFIX + "access-token" : PREFIX + "client-id",
        "client-id and access-token go together: set both, or neither for dry-run");
  }

  /** True when no credentials are configured: plans are shown, nothing is triggered. */
  public boolean dryRun() {
    return !Secret.isSet(accessToken);
  }
}
