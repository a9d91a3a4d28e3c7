package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.workflow.WorkflowProperties;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The protocol numbers exactly as a deployment without configuration gets them. */
public final class TestNumbers {

  private TestNumbers() {}

  public static ProtocolNumbers defaults() {
    return properties(Map.of()).numbers();
  }

  static WorkflowProperties properties(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("perfsheriff.workflow", WorkflowProperties.class);
  }
}
