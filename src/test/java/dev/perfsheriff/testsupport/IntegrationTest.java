package dev.perfsheriff.testsupport;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every {@code *IT}: the whole application on a random port, against the JVM's {@link
 * SharedPostgres}. Subclasses with the same extra configuration share one cached Spring context;
 * each test isolates itself with {@link #truncate(String...)} or {@link #truncateAll()}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Cached contexts stay alive between test classes: their scheduled jobs must not run against
    // the shared database behind other tests' backs. Tests that need the scheduler enable it.
    properties = {
      "spring.quartz.auto-startup=false",
      // Cached contexts are closed together when the test JVM exits: no graceful waiting there.
      "server.shutdown=immediate",
      "spring.lifecycle.timeout-per-shutdown-phase=2s",
      // The shared database stops in its own shutdown hook, possibly before a context's last write.
      "spring.datasource.hikari.connection-timeout=2000",
      // Tests reach only loopback: every external service defaults to a closed local port, and
      // tests that talk to one point it at their fake with @DynamicPropertySource.
      "perfsheriff.perfherder.base-url=" + IntegrationTest.NOWHERE,
      "perfsheriff.taskcluster.root-url=" + IntegrationTest.NOWHERE,
      "perfsheriff.bugzilla.base-url=" + IntegrationTest.NOWHERE,
      "perfsheriff.slack.api-url=" + IntegrationTest.NOWHERE + "/api/",
      // The console would be on by default (no Slack, no Matrix): tests that want it turn it on.
      "perfsheriff.console.enabled=false"
    })
public abstract class IntegrationTest {

  /** A loopback address where nothing listens (the discard port). */
  public static final String NOWHERE = "http://127.0.0.1:9";

  @Autowired protected JdbcClient jdbc;

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void sharedDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", SharedPostgres::jdbcUrl);
    registry.add("spring.datasource.username", SharedPostgres::username);
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Empties the named tables (and what references them). */
  protected void truncate(String... tables) {
    truncate(jdbc, tables);
  }

  /** Empties the named tables through {@code jdbc} (for tests that run bots of their own). */
  public static void truncate(JdbcClient jdbc, String... tables) {
    String sql = "TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE";
    // Cached contexts of other test classes keep background workers (outboxes, sweeps) polling
    // the shared database; a TRUNCATE can lose a deadlock against one of them. Try again.
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.sql(sql).update();
        return;
      } catch (PessimisticLockingFailureException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** Empties every application table; Flyway's history and Quartz's tables are kept. */
  protected void truncateAll() {
    truncateAll(jdbc);
  }

  /** Empties every application table through {@code jdbc}. */
  public static void truncateAll(JdbcClient jdbc) {
    List<String> tables =
        jdbc.sql(
                """
                SELECT tablename FROM pg_tables
                 WHERE schemaname = current_schema()
                   AND tablename <> 'flyway_schema_history'
                   AND tablename NOT LIKE 'qrtz\\_%'
                """)
            .query(String.class)
            .list();
    if (!tables.isEmpty()) {
      truncate(jdbc, tables.toArray(String[]::new));
    }
  }
}
