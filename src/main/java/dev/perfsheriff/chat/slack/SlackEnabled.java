package dev.perfsheriff.chat.slack;

import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@link SlackProperties#enabled()}: decided by the properties record itself, so the
 * rule "a bot token turns Slack on" lives in one place.
 */
public class SlackEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return properties(context).map(SlackProperties::enabled).orElse(false);
  }

  static Optional<SlackProperties> properties(ConditionContext context) {
    return Binder.get(context.getEnvironment())
        .bind("perfsheriff.slack", SlackProperties.class)
        .map(Optional::of)
        .orElse(Optional.empty());
  }

  /** Matches when Slack is on in HTTP mode: requests arrive on {@code POST /slack/events}. */
  public static class HttpMode implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return properties(context).map(p -> p.enabled() && !p.socketMode()).orElse(false);
    }
  }

  /** Matches when Slack is on in Socket Mode (an app token is set). */
  public static class SocketMode implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return properties(context).map(SlackProperties::socketMode).orElse(false);
    }
  }
}
