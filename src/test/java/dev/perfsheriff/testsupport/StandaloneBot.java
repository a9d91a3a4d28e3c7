package dev.perfsheriff.testsupport;

import dev.perfsheriff.PerfSheriffBotApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole bot started the way {@code java -jar} starts it (own context, own Quartz instance, own
 * web server on a free port), on the JVM's {@link SharedPostgres}, with every external service on a
 * closed loopback port unless the caller points it at a fake. For tests of what happens between
 * instances: stopping one, running two side by side.
 *
 * <p>The settings are passed as command-line arguments, which win over {@code application.yml} (as
 * the environment does in production). Quartz keeps a JVM-wide registry of job-store connections by
 * scheduler name, so these bots cluster under a name of their own: closing one must not take the
 * connections away from the cached test contexts' schedulers.
 */
public final class StandaloneBot {

  private StandaloneBot() {}

  public static ConfigurableApplicationContext start(Map<String, Object> properties) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("spring.datasource.url", SharedPostgres.jdbcUrl());
    all.put("spring.datasource.username", SharedPostgres.username());
    all.put("server.port", "0");
    all.put(
        "spring.quartz.properties.org.quartz.scheduler.instanceName",
        "perf-sheriff-bot-standalone");
    all.put("perfsheriff.perfherder.base-url", IntegrationTest.NOWHERE);
    all.put("perfsheriff.taskcluster.root-url", IntegrationTest.NOWHERE);
    all.put("perfsheriff.bugzilla.base-url", IntegrationTest.NOWHERE);
    all.put("perfsheriff.slack.api-url", IntegrationTest.NOWHERE + "/api/");
    all.putAll(properties);
    String[] args =
        all.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(PerfSheriffBotApplication.class)
        .registerShutdownHook(false)
        .run(args);
  }
}
