package dev.perfsheriff.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.perfsheriff.shared.Secret;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Bolt app and the Web API client, both pointed at {@code perfsheriff.slack.api-url}; present
 * only when Slack is enabled. Bolt's own middleware verifies signatures and timestamps and drops
 * the bot's own events.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackEnabled.class)
public class SlackConfiguration {

  @Bean(destroyMethod = "close")
  Slack slack(SlackProperties properties) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(properties.apiUrl().toString());
    // Slack adds response fields over time; an unknown one must not fail a call.
    config.setFailOnUnknownProperties(false);
    return Slack.getInstance(config);
  }

  @Bean
  MethodsClient slackMethods(Slack slack, SlackProperties properties) {
    return slack.methods(properties.botToken().reveal());
  }

  @Bean(destroyMethod = "stop")
  App slackApp(Slack slack, SlackProperties properties) {
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(properties.botToken().reveal())
            .signingSecret(reveal(properties.signingSecret()))
            // Socket Mode has no HTTP endpoint: its WebSocket is authenticated by the app token.
            .requestVerificationEnabled(!properties.socketMode())
            // Events nobody listens to (edits, joins, reactions) are acked instead of answered 404.
            .allEventsApiAutoAckEnabled(true)
            .subtypedMessageEventsAutoAckEnabled(true)
            .ignoringSelfEventsEnabled(true)
            .build();
    return new App(config);
  }

  /** Where acknowledged requests are handled, so the HTTP answer never waits for the work. */
  @Bean(name = "slackInboundExecutor", destroyMethod = "shutdown")
  ExecutorService slackInboundExecutor(SlackProperties properties) {
    return Executors.newFixedThreadPool(properties.inboundThreads(), named("slack-inbound-"));
  }

  private static String reveal(Secret secret) {
    return Secret.isSet(secret) ? secret.reveal() : null;
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
