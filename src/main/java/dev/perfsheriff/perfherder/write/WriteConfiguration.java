package dev.perfsheriff.perfherder.write;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import dev.perfsheriff.perfherder.sync.SummarySync;
import java.time.Clock;
import okhttp3.HttpUrl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the staff session and the writer from the configured tokens (none: read-only). */
@Configuration(proxyBeanMethods = false)
class WriteConfiguration {

  @Bean
  StaffSession perfherderStaffSession(
      PerfherderProperties properties, PerfherderHttp http, Clock clock) {
    PerfherderProperties.Auth auth = properties.auth();
    return new StaffSession(
        HttpUrl.get(properties.baseUrl()),
        auth,
        properties.sync().sessionRenewal(),
        http,
        new Auth0Refresh(auth.tokenUrl(), auth.clientId(), http, clock),
        clock);
  }

  @Bean
  PerfherderWriter perfherderWriter(
      PerfherderProperties properties,
      PerfherderHttp http,
      StaffSession session,
      PerfherderClient client,
      SummarySync sync) {
    SummaryWrites writes = new SummaryWrites(HttpUrl.get(properties.baseUrl()), http, session);
    return new PerfherderWriter(properties, writes, client, sync);
  }
}
