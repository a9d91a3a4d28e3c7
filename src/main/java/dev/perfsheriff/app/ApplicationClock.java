package dev.perfsheriff.app;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} every module injects: real UTC time, unless a test (or a demo) provides its
 * own clock bean. Modules never fall back to the system clock themselves, so a test clock reaches
 * every rule that reads the time.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationClock {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
