package dev.perfsheriff.ops;

import dev.perfsheriff.ops.ServiceHealth.Service;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code perfherder}, {@code taskcluster} and {@code slack} in {@code /actuator/health}. */
@Configuration(proxyBeanMethods = false)
class ServiceHealthIndicators {

  @Bean
  HealthIndicator perfherderHealthIndicator(ServiceHealth health) {
    return () -> health.health(Service.PERFHERDER);
  }

  @Bean
  HealthIndicator taskclusterHealthIndicator(ServiceHealth health) {
    return () -> health.health(Service.TASKCLUSTER);
  }

  @Bean
  HealthIndicator slackHealthIndicator(ServiceHealth health) {
    return () -> health.health(Service.SLACK);
  }
}
