package dev.perfsheriff.perfherder;

import dev.perfsheriff.http.Backoff;
import dev.perfsheriff.http.Retry;
import dev.perfsheriff.http.ShutdownSignal;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Treeherder transport and read client, shared by the poller, the ports and the writer. */
@Configuration(proxyBeanMethods = false)
class PerfherderConfiguration {

  @Bean
  PerfherderHttp perfherderHttp(PerfherderProperties properties, ShutdownSignal shutdown) {
    PerfherderProperties.Http http = properties.http();
    Backoff backoff =
        Backoff.jittered(http.retryBaseDelay(), http.retryMaxDelay(), ThreadLocalRandom.current());
    return new PerfherderHttp(http, backoff, new Retry(http.maxAttempts(), backoff, shutdown));
  }

  @Bean
  PerfherderStatus perfherderStatus(PerfherderProperties properties, Clock clock) {
    return new PerfherderStatus(clock, properties.pollInterval());
  }

  @Bean
  PerfherderClient perfherderClient(PerfherderProperties properties, PerfherderHttp http) {
    return new PerfherderClient(HttpUrl.get(properties.baseUrl()), http);
  }
}
