package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/** When the console is on by default and when the demo sheriff is configured for it. */
class ConsoleDefaultsTest {

  private static final String DEMO = "console:" + ConsoleIdentities.DEMO_SHERIFF;

  @Test
  void aFreshStartHasTheConsoleAndADemoSheriffWithBothRoles() {
    MockEnvironment environment = new MockEnvironment();

    process(environment);

    assertThat(ConsoleEnabled.enabled(environment)).isTrue();
    assertThat(list(environment, "perfsheriff.sheriffs.code")).containsExactly(DEMO);
    assertThat(list(environment, "perfsheriff.sheriffs.perf")).containsExactly(DEMO);
  }

  @Test
  void configuredSheriffsAreLeftAlone() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("perfsheriff.sheriffs.perf[0]", "console:alice");

    process(environment);

    assertThat(list(environment, "perfsheriff.sheriffs.code")).isEmpty();
    assertThat(list(environment, "perfsheriff.sheriffs.perf")).containsExactly("console:alice");
  }

  @Test
  void withSlackOrMatrixTheConsoleIsOffUnlessAskedFor() {
    MockEnvironment slack = new MockEnvironment().withProperty("perfsheriff.slack.bot-token", "x");
    MockEnvironment matrix =
        new MockEnvironment().withProperty("perfsheriff.matrix.homeserver-url", "https://m.org");
    MockEnvironment both =
        new MockEnvironment()
            .withProperty("perfsheriff.slack.bot-token", "x")
            .withProperty("perfsheriff.console.enabled", "true");

    process(slack);

    assertThat(ConsoleEnabled.enabled(slack)).isFalse();
    assertThat(ConsoleEnabled.enabled(matrix)).isFalse();
    assertThat(ConsoleEnabled.enabled(both)).isTrue();
    assertThat(list(slack, "perfsheriff.sheriffs.code")).isEmpty();
  }

  @Test
  void noDemoSheriffWhenTheConsoleIsOpenToTheNetwork() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("perfsheriff.console.bind", "0.0.0.0");

    process(environment);

    assertThat(list(environment, "perfsheriff.sheriffs.code")).isEmpty();
  }

  private static void process(MockEnvironment environment) {
    new ConsoleDefaults().postProcessEnvironment(environment, new SpringApplication());
  }

  private static List<String> list(MockEnvironment environment, String key) {
    return Binder.get(environment).bind(key, Bindable.listOf(String.class)).orElse(List.of());
  }
}
