package dev.perfsheriff.demo;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code perfsheriff.demo=true}: the recorded world and the stand-in serving it, started when
 * the context is built, so it answers before the first poll.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("perfsheriff.demo")
class DemoConfiguration {

  @Bean
  DemoWorld demoWorld(JsonMapper json, Clock clock, DemoProperties properties) {
    return new DemoWorld(new RecordedResponses(json).summaries(), clock, properties.demoArrivals());
  }

  @Bean(destroyMethod = "close")
  DemoServer demoServer(DemoWorld world, JsonMapper json, Clock clock, Environment environment) {
    RecordedResponses recorded = new RecordedResponses(json);
    int port = environment.getRequiredProperty(DemoEnvironment.PORT, Integer.class);
    return new DemoServer(
        port,
        new DemoPerfherderApi(world, recorded, json, clock),
        new DemoTaskclusterApi(world, recorded, json));
  }
}
