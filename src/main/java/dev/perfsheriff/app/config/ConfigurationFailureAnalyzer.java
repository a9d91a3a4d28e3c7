package dev.perfsheriff.app.config;

import dev.perfsheriff.shared.InvalidConfigException;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Turns a bad configuration value into a one-line description naming the key, instead of Spring's
 * generic binding report and a stack trace. Ordered first so that it wins over Spring's own bind
 * analyzers.
 */
public class ConfigurationFailureAnalyzer implements FailureAnalyzer, Ordered {

  private static final Pattern CREDENTIAL = Pattern.compile("token|secret|key|password");

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    InvalidConfigException invalid = findCause(failure, InvalidConfigException.class);
    if (invalid != null) {
      return analysis(invalid.getMessage(), invalid.key(), failure);
    }
    BindException bind = findCause(failure, BindException.class);
    if (bind != null && bind.getProperty() != null) {
      ConfigurationProperty property = bind.getProperty();
      String key = property.getName().toString();
      String reason = rootMessage(bind);
      return analysis(
          key + ": cannot use value " + shown(key, property) + ": " + reason, key, failure);
    }
    return null;
  }

  private static FailureAnalysis analysis(String line, String key, Throwable failure) {
    String oneLine = line.replaceAll("\\s*\\R\\s*", " ");
    return new FailureAnalysis(
        "Invalid configuration: " + oneLine,
        "Fix "
            + key
            + " (application.yml, a --"
            + key
            + "=... argument or its environment variable).",
        failure);
  }

  /** The offending value, unless the key holds a credential. */
  private static String shown(String key, ConfigurationProperty property) {
    return CREDENTIAL.matcher(key).find() ? "<hidden>" : "'" + property.getValue() + "'";
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
