package dev.perfsheriff.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.PerfSheriffBotApplication;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@code ./mvnw spring-boot:run} does on a fresh clone: no database configured, so the bot
 * starts its embedded PostgreSQL in the data folder, migrates it, reports UP, stops cleanly, and a
 * second start reuses the same data. With no chat platform configured, {@code /console} is there.
 */
class EmbeddedDatabaseIT {

  @TempDir Path workDir;

  @Test
  void startsOnEmbeddedPostgresAndKeepsDataAcrossRestarts() throws Exception {
    // Reachable by 'nobody', whom the server runs as when tests run as root.
    Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path dataDir = workDir.resolve("data/postgres");

    try (ConfigurableApplicationContext first = start(dataDir)) {
      assertThat(dataDir.resolve("PG_VERSION")).exists();
      assertThat(get(first, "/actuator/health")).contains("\"status\":\"UP\"");
      assertThat(get(first, "/actuator/health/readiness")).contains("\"status\":\"UP\"");
      assertThat(get(first, "/actuator/health/liveness")).contains("\"status\":\"UP\"");
      assertThat(migrations(first)).isPositive();
      // No Slack, no Matrix: the console is on, and a newcomer may act as the demo sheriff.
      assertThat(get(first, "/console"))
          .contains("perf-sheriff-bot console")
          .contains("Demo sheriff (local only, code and perf sheriff)");
    }
    assertThat(dataDir.resolve("postmaster.pid")).as("server stopped with the bot").doesNotExist();

    try (ConfigurableApplicationContext second = start(dataDir)) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT count(*) FROM app_instance").query(Long.class).single())
          .as("the first start's row is still there")
          .isEqualTo(2);
      assertThat(
              jdbc.sql("SELECT count(*) FROM app_instance WHERE stopped_at IS NOT NULL")
                  .query(Long.class)
                  .single())
          .as("the first start stopped cleanly")
          .isEqualTo(1);
    }
    assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplication(PerfSheriffBotApplication.class)
        .run(
            "--server.port=0",
            "--perfsheriff.embedded-db.dir=" + dataDir,
            // The defaults otherwise, but tests reach only loopback: no poll of the real
            // Treeherder.
            "--spring.quartz.auto-startup=false",
            "--perfsheriff.perfherder.base-url=" + IntegrationTest.NOWHERE,
            "--perfsheriff.taskcluster.root-url=" + IntegrationTest.NOWHERE,
            "--perfsheriff.bugzilla.base-url=" + IntegrationTest.NOWHERE);
  }

  private static long migrations(ConfigurableApplicationContext context) {
    return context
        .getBean(JdbcClient.class)
        .sql("SELECT count(*) FROM flyway_schema_history WHERE success")
        .query(Long.class)
        .single();
  }

  private static String get(ConfigurableApplicationContext context, String path) throws Exception {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
