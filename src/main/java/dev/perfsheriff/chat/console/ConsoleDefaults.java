package dev.perfsheriff.chat.console;

import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the console on and no sheriff configured at all, a local run would have nobody who may act:
 * the console then gets one <em>demo sheriff</em> ({@code console:demo-sheriff}) holding both
 * roles, so a newcomer can try the whole workflow. It is configuration, not a special case: the
 * core sees an ordinary configured sheriff, and the page marks it clearly. Never added when the
 * console is open to the network (a {@code perfsheriff.console.bind} that is not loopback).
 */
public final class ConsoleDefaults implements EnvironmentPostProcessor {

  static final String SOURCE = "perfsheriff-console-demo-sheriff";
  private static final String BIND = "perfsheriff.console.bind";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!ConsoleEnabled.enabled(environment)
        || !ConsoleProperties.loopback(environment.getProperty(BIND, "127.0.0.1"))) {
      return;
    }
    Binder binder = Binder.get(environment);
    boolean anySheriff =
        !binder
                .bind("perfsheriff.sheriffs.code", Bindable.listOf(String.class))
                .orElse(List.of())
                .isEmpty()
            || !binder
                .bind("perfsheriff.sheriffs.perf", Bindable.listOf(String.class))
                .orElse(List.of())
                .isEmpty();
    if (anySheriff) {
      return;
    }
    String demo = "console:" + ConsoleIdentities.DEMO_SHERIFF;
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                SOURCE,
                Map.of(
                    "perfsheriff.sheriffs.code[0]", demo, "perfsheriff.sheriffs.perf[0]", demo)));
  }
}
