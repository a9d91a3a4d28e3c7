package dev.perfsheriff.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health groups include the database; Prometheus metrics are served. */
class ActuatorIT extends IntegrationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void readinessIncludesTheDatabase() throws Exception {
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"status\":\"UP\"");
    assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
  }

  @Test
  void prometheusServesJvmAndHikariMetrics() throws Exception {
    HttpResponse<String> metrics = get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
  }

  @Test
  void everyStartIsRecorded() {
    assertThat(jdbc.sql("SELECT count(*) FROM app_instance").query(Long.class).single())
        .isPositive();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
