package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.port.ReplySender;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.demo.DemoProperties;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.perfherder.PerfherderStatus;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.load.CiLoad;
import dev.perfsheriff.workflow.WorkflowReports;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the console on: the {@code console} chat platform (found by the card publisher, the notes
 * mirror and the scheduled posts among the others), its page and event stream, the guard in front
 * of every {@code /console} path, and the one start-up line that says where to open it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ConsoleEnabled.class)
class ConsoleConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ConsoleConfiguration.class);

  @Bean
  ConsoleStream consoleStream(JsonMapper json) {
    return new ConsoleStream(json);
  }

  @Bean
  ConsoleMessages consoleMessages(JdbcClient jdbc, Clock clock) {
    return new ConsoleMessages(jdbc, clock);
  }

  @Bean
  ConsoleChatPlatform consoleChatPlatform(ConsoleMessages messages, ConsoleStream stream) {
    return new ConsoleChatPlatform(messages, stream);
  }

  @Bean
  ConsoleFiles consoleFiles(JdbcClient jdbc, Clock clock) {
    return new ConsoleFiles(jdbc, clock);
  }

  @Bean
  ConsoleChannelPosting consoleChannelPosting(
      ConsoleChatPlatform platform, ConsoleMessages messages, ConsoleFiles files) {
    return new ConsoleChannelPosting(platform, messages, files);
  }

  @Bean
  ConsoleIdentities consoleIdentities(Roles roles) {
    return new ConsoleIdentities(roles);
  }

  @Bean(destroyMethod = "close")
  ConsoleInbound consoleInbound(
      ChatDispatcher dispatcher,
      ReplySender replies,
      ConsoleChatPlatform platform,
      ThreadNotes notes,
      Clock clock) {
    return new ConsoleInbound(dispatcher, replies, platform, notes, clock);
  }

  @Bean
  ConsolePage consolePage(
      ConsoleMessages messages, ConsoleIdentities identities, DemoProperties demo) {
    return new ConsolePage(messages, identities, demo.demo());
  }

  @Bean
  SidePanel consoleSidePanel(
      PerfherderStatus perfherder,
      DemoProperties demo,
      Rotation rotation,
      QuotaLedger ledger,
      QuotaProperties quota,
      CiLoad load,
      TaskclusterProperties taskcluster,
      WorkflowReports reports,
      Clock clock) {
    return new SidePanel(
        new SourceStatus(perfherder, demo, taskcluster.dryRun()),
        rotation,
        ledger,
        quota,
        load,
        taskcluster,
        reports,
        clock);
  }

  @Bean
  FilterRegistrationBean<ConsoleGuard> consoleGuard(ConsoleProperties properties) {
    FilterRegistrationBean<ConsoleGuard> registration =
        new FilterRegistrationBean<>(new ConsoleGuard(properties));
    registration.addUrlPatterns("/console", "/console/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The one line a newcomer needs: where the console is. */
  @Bean
  ApplicationListener<WebServerInitializedEvent> consoleAnnouncement(
      ConsoleProperties properties, DemoProperties demo) {
    return event -> {
      if (event.getApplicationContext().getParent() != null) {
        return;
      }
      String host = properties.loopbackOnly() ? "127.0.0.1" : properties.bind().strip();
      log.info(
          "Console{}: open http://{}:{}/console in a browser{}",
          demo.demo() ? " (demo with recorded data)" : "",
          host,
          event.getWebServer().getPort(),
          properties.loopbackOnly() ? " (this machine only)" : " (login required)");
    };
  }
}
