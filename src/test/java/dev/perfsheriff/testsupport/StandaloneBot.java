package dev.perfsheriff.testsupport;

import dev.perfsheriff.PerfSheriffBotApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole bot started the way {@code java -jar} starts it (own context, own Quartz instance, own
 * web server on a free port), on the JVM's {@link SharedPostgres}, with every external service on a
 * closed loopback port unless the caller points it at a fake. For tests of what happens between
 * instances: stopping one, running two side by side.
 */
public final class StandaloneBot {

  private StandaloneBot() {}

  public static ConfigurableApplicationContext start(Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>();
    all.put("spring.datasource.url", SharedPostgres.jdbcUrl());
    all.put("spring.datasource.username", SharedPostgres.username());
    all.put("server.port", "0");
    all.put("perfsheriff.perfherder.base-url", IntegrationTest.NOWHERE);
    all.put("perfsheriff.taskcluster.root-url", IntegrationTest.NOWHERE);
    all.put("perfsheriff.bugzilla.base-url", IntegrationTest.NOWHERE);
    all.put("perfsheriff.slack.api-url", IntegrationTest.NOWHERE + "/api/");
    all.putAll(properties);
    return new SpringApplicationBuilder(PerfSheriffBotApplication.class)
        .properties(all)
        .registerShutdownHook(false)
        .run();
  }
}
