package dev.perfsheriff.taskcluster;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Taskcluster deployment and the Hawk credentials for triggering actions. Without credentials
 * the bot runs dry: it plans and reserves, but triggers nothing.
 *
 * @param certificate the certificate JSON of temporary credentials; none for a permanent client
 * @param maxRetries extra attempts after a 5xx answer or a timeout
 * @param retryBackoff the first pause between attempts; it doubles each time
 * @param perfPools task queues ({@code provisionerId/workerType}) whose load is sampled
 * @param backlog when a pool counts as busy or backlogged
 * @param loadMaxAge load samples older than this are not trusted for the warning before a trigger
 */
@ConfigurationProperties("perfsheriff.taskcluster")
public record TaskclusterProperties(
    @DefaultValue("https://firefox-ci-tc.services.mozilla.com") URI rootUrl,
    String clientId,
    Secret accessToken,
    Secret certificate,
    @DefaultValue("PT10S") Duration connectTimeout,
    @DefaultValue("PT30S") Duration readTimeout,
    @DefaultValue("3") int maxRetries,
    @DefaultValue("PT0.5S") Duration retryBackoff,
    List<String> perfPools,
    BacklogRule backlog,
    @DefaultValue("PT30M") Duration loadMaxAge) {

  private static final String PREFIX = "perfsheriff.taskcluster.";

  /** The hardware pools that run Talos, Raptor/Browsertime and AWSY today (reference §3.3). */
  public static final List<String> DEFAULT_PERF_POOLS =
      List.of(
          "releng-hardware/gecko-t-linux-talos-2404",
          "releng-hardware/gecko-t-linux-talos-1804",
          "releng-hardware/win11-64-24h2-hw",
          "releng-hardware/win11-64-24h2-hw-ref",
          "releng-hardware/win10-64-2009-hw",
          "releng-hardware/gecko-t-osx-1500-m4",
          "releng-hardware/gecko-t-osx-1400-r8",
          "releng-hardware/gecko-t-osx-1015-r8",
          "proj-autophone/gecko-t-bitbar-gw-perf-a55",
          "proj-autophone/gecko-t-bitbar-gw-perf-p6",
          "proj-autophone/gecko-t-bitbar-gw-perf-s24");

  @ConstructorBinding
  public TaskclusterProperties {
    InvalidConfigException.require(
        rootUrl.isAbsolute(), PREFIX + "root-url", "must be an absolute URL, was " + rootUrl);
    boolean hasClient = clientId != null && !clientId.isBlank();
    InvalidConfigException.require(
        hasClient == Secret.isSet(accessToken),
        hasClient ? PREFIX + "access-token" : PREFIX + "client-id",
        "client-id and access-token go together: set both, or neither for dry-run");
    connectTimeout = positive(connectTimeout, Duration.ofSeconds(10), "connect-timeout");
    readTimeout = positive(readTimeout, Duration.ofSeconds(30), "read-timeout");
    retryBackoff = positive(retryBackoff, Duration.ofMillis(500), "retry-backoff");
    InvalidConfigException.require(
        maxRetries >= 0, PREFIX + "max-retries", "must not be negative, was " + maxRetries);
    perfPools =
        perfPools == null || perfPools.isEmpty() ? DEFAULT_PERF_POOLS : List.copyOf(perfPools);
    for (String pool : perfPools) {
      InvalidConfigException.require(
          pool.matches("[\\w.-]+/[\\w.-]+"),
          PREFIX + "perf-pools",
          "each pool is provisionerId/workerType, was '" + pool + "'");
    }
    backlog = backlog == null ? BacklogRule.defaults() : backlog;
    loadMaxAge = positive(loadMaxAge, Duration.ofMinutes(30), "load-max-age");
  }

  /** Root URL and credentials only; everything else at its default. */
  public TaskclusterProperties(URI rootUrl, String clientId, Secret accessToken) {
    this(rootUrl, clientId, accessToken, null, null, null, 3, null, null, null, null);
  }

  /** True when no credentials are configured: plans are shown, nothing is triggered. */
  public boolean dryRun() {
    return !Secret.isSet(accessToken);
  }

  private static Duration positive(Duration value, Duration fallback, String key) {
    Duration result = value == null ? fallback : value;
    InvalidConfigException.require(
        !result.isNegative() && !result.isZero(), PREFIX + key, "must be positive, was " + result);
    return result;
  }
}
