package dev.perfsheriff.chat.console;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The console is on when {@code perfsheriff.console.enabled} says so; unset, it is on exactly when
 * no other chat platform is configured (no Slack bot token, no Matrix homeserver), so that a fresh
 * start has somewhere to show the bot's work. Reads the same keys that switch those platforms on,
 * without naming their code.
 */
public final class ConsoleEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return enabled(context.getEnvironment());
  }

  static boolean enabled(Environment environment) {
    String explicit = environment.getProperty("perfsheriff.console.enabled");
    if (explicit != null && !explicit.isBlank()) {
      return Boolean.parseBoolean(explicit.strip());
    }
    return !configured(environment, "perfsheriff.slack.bot-token")
        && !configured(environment, "perfsheriff.matrix.homeserver-url");
  }

  private static boolean configured(Environment environment, String key) {
    String value = environment.getProperty(key);
    return value != null && !value.isBlank();
  }
}
