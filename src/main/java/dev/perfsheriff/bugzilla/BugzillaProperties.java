package dev.perfsheriff.bugzilla;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bugzilla's REST root and an optional API key (public bugs are readable without one).
 *
 * @param timeout connect and read timeout of each request
 * @param idsPerRequest how many bug ids one {@code GET /rest/bug?id=...} asks for
 * @param product where a regression bug is filed when its culprit is not known (Perfherder's bug
 *     template: Testing :: Performance)
 * @param component see {@code product}
 */
@ConfigurationProperties("perfsheriff.bugzilla")
public record BugzillaProperties(
    @DefaultValue("https://bugzilla.mozilla.org") URI baseUrl,
    Secret apiKey,
    @DefaultValue("PT20S") Duration timeout,
    @DefaultValue("100") int idsPerRequest,
    @DefaultValue("Testing") String product,
    @DefaultValue("Performance") String component) {

  @ConstructorBinding
  public BugzillaProperties {
    InvalidConfigException.require(
        baseUrl.isAbsolute(),
        "perfsheriff.bugzilla.base-url",
        "must be an absolute URL, was " + baseUrl);
    timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    InvalidConfigException.require(
        !timeout.isNegative() && !timeout.isZero(),
        "perfsheriff.bugzilla.timeout",
        "must be positive");
    InvalidConfigException.require(
        idsPerRequest > 0,
        "perfsheriff.bugzilla.ids-per-request",
        "must be positive, was " + idsPerRequest);
    product = product == null || product.isBlank() ? "Testing" : product;
    component = component == null || component.isBlank() ? "Performance" : component;
  }

  public BugzillaProperties(URI baseUrl, Secret apiKey) {
    this(baseUrl, apiKey, null, 100, null, null);
  }
}
