package dev.perfsheriff.chat.matrix;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matrix is on when {@code perfsheriff.matrix.homeserver-url} is set and not blank (an empty env
 * var means off). The transport and its wiring to the chat core share this condition.
 */
public final class MatrixEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String url = context.getEnvironment().getProperty("perfsheriff.matrix.homeserver-url");
    return url != null && !url.isBlank();
  }
}
