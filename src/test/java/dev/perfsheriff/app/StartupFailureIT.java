package dev.perfsheriff.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.PerfSheriffBotApplication;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A wrong configuration value stops start-up with one line naming the key. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "perfsheriff.quota.jobs-per-platform-per-shift=-5 | perfsheriff.quota.jobs-per-platform-per-shift",
        "perfsheriff.schedule.load-report=twice a day     | perfsheriff.schedule.load-report",
        "perfsheriff.slack.bot-token=xoxb-1               | perfsheriff.slack.signing-secret",
        "perfsheriff.perfherder.poll-interval=soon        | perfsheriff.perfherder.poll-interval",
        "perfsheriff.quota.jobs-per-platform-per-shift=lots | perfsheriff.quota.jobs-per-platform-per-shift",
        "perfsheriff.taskcluster.client-id=me             | perfsheriff.taskcluster.access-token"
      })
  void badValueStopsStartupWithOneLineNamingTheKey(
      String setting, String key, CapturedOutput output) {
    assertThatThrownBy(() -> start(setting)).isInstanceOf(RuntimeException.class);

    String line =
        Arrays.stream(output.getAll().split("\\R"))
            .filter(l -> l.contains("Invalid configuration: " + key))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no one-line message for " + key + ":\n" + output));
    assertThat(line).contains(key);
    assertThat(output.getAll()).doesNotContain("xoxb-1");
  }

  private static void start(String setting) {
    SpringApplication app = new SpringApplication(PerfSheriffBotApplication.class);
    app.run(
        "--" + setting,
        "--server.port=0",
        "--spring.quartz.auto-startup=false",
        "--perfsheriff.perfherder.base-url=" + IntegrationTest.NOWHERE,
        "--spring.datasource.url=" + SharedPostgres.jdbcUrl(),
        "--spring.datasource.username=" + SharedPostgres.username());
  }
}
