package dev.perfsheriff.taskcluster;

import dev.perfsheriff.http.ShutdownSignal;
import dev.perfsheriff.ops.ServiceHealth;
import dev.perfsheriff.taskcluster.http.TaskclusterHttp;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client to Taskcluster; Hawk timestamps use the application's clock if it has one.
 */
@Configuration
class TaskclusterConfiguration {

  @Bean
  TaskclusterHttp taskclusterHttp(
      TaskclusterProperties properties,
      JsonMapper json,
      Clock clock,
      ShutdownSignal shutdown,
      ServiceHealth health) {
    return new TaskclusterHttp(properties, json, clock, shutdown, health);
  }
}
