package dev.perfsheriff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkflowPropertiesTest {

  private static WorkflowProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("perfsheriff.workflow", WorkflowProperties.class);
  }

  @Test
  void theDefaultsAreTheProtocolsNumbers() {
    ProtocolNumbers numbers = bind(Map.of()).numbers();
    assertThat(numbers.maxPicks()).isEqualTo(5);
    assertThat(numbers.maxImprovementPicks()).isEqualTo(2);
    assertThat(numbers.revisionWindow()).isEqualTo(2);
    assertThat(numbers.pointsPerRevision()).isEqualTo(4);
    assertThat(numbers.maxBackfills()).isEqualTo(4);
    assertThat(numbers.unsureRetriggers()).isEqualTo(2);
    assertThat(numbers.usualRounds()).isEqualTo(3);
    assertThat(numbers.downstreamVicinity()).isEqualTo(Duration.ofHours(24));
    assertThat(numbers.bugGoal()).isEqualTo(Duration.ofHours(24));
    assertThat(numbers.bugLimit()).isEqualTo(Duration.ofHours(36));
    assertThat(numbers.roundDoneFraction()).isEqualTo(0.5);
    assertThat(numbers.integrationBranches())
        .containsExactly(Repository.of("autoland"), Repository.of("mozilla-inbound"));
  }

  @Test
  void aDeploymentCanChangeThem() {
    WorkflowProperties properties =
        bind(
            Map.of(
                "perfsheriff.workflow.max-picks",
                "3",
                "perfsheriff.workflow.integration-branches",
                "autoland"));
    assertThat(properties.numbers().maxPicks()).isEqualTo(3);
    assertThat(properties.numbers().integrationBranches())
        .containsExactly(Repository.of("autoland"));
  }

  @Test
  void valuesThatCannotWorkAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> bind(Map.of("perfsheriff.workflow.max-picks", "0")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("perfsheriff.workflow.max-picks: must be at least 1, was 0");
    assertThatThrownBy(() -> bind(Map.of("perfsheriff.workflow.bug-limit", "12h")))
        .rootCause()
        .hasMessage("perfsheriff.workflow.bug-limit: must not be shorter than bug-goal (PT24H)");
    assertThatThrownBy(() -> bind(Map.of("perfsheriff.workflow.round-done-fraction", "1.5")))
        .rootCause()
        .hasMessageStartingWith("perfsheriff.workflow.round-done-fraction:");
  }
}
