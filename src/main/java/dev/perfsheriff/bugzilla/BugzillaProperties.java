package dev.perfsheriff.bugzilla;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Bugzilla's REST root and an optional API key (public bugs are readable without one). */
@ConfigurationProperties("perfsheriff.bugzilla")
public record BugzillaProperties(
    @DefaultValue("https://bugzilla.mozilla.org") URI baseUrl, Secret apiKey) {

  public BugzillaProperties {
    InvalidConfigException.require(
        baseUrl.isAbsolute(),
        "perfsheriff.bugzilla.base-url",
        "must be an absolute URL, was " + baseUrl);
  }
}
