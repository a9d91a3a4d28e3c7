package dev.perfsheriff.demo;

import dev.perfsheriff.shared.InvalidConfigException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The offline demo ({@code perfsheriff.demo=true}): recorded Treeherder responses served by an
 * in-process stand-in, a new summary every {@code demoArrivals}.
 *
 * @param demo replay the recorded responses instead of reaching Perfherder and Taskcluster
 * @param demoArrivals how often a new recorded summary "arrives" ({@code
 *     perfsheriff.demo-arrivals})
 */
@ConfigurationProperties("perfsheriff")
public record DemoProperties(
    @DefaultValue("false") boolean demo, @DefaultValue("PT8S") Duration demoArrivals) {

  public DemoProperties {
    InvalidConfigException.require(
        demoArrivals != null && !demoArrivals.isNegative() && !demoArrivals.isZero(),
        "perfsheriff.demo-arrivals",
        "must be a positive duration");
  }
}
