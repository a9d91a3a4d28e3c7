package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.workflow.WorkflowTestPorts;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The chat wiring's test surroundings: a recording chat platform called {@code console} (a fake of
 * our own port), the workflow's in-memory stand-ins for the Perfherder module's ports, and a clock
 * the test sets. Unlike {@link WorkflowTestPorts} it leaves the on-duty perf sheriff to the real
 * chat rotation.
 */
@TestConfiguration
class ChatWiringTestPorts {

  @Bean
  RecordingChatPlatform consolePlatform() {
    return new RecordingChatPlatform("console");
  }

  @Bean
  @Primary
  WorkflowTestPorts.InMemorySummaries inMemorySummaries() {
    return new WorkflowTestPorts.InMemorySummaries();
  }

  @Bean
  @Primary
  FakeRevisionData fakeRevisionData() {
    return new FakeRevisionData();
  }

  @Bean
  @Primary
  WorkflowTestPorts.RecordingWriteBack recordingWriteBack() {
    return new WorkflowTestPorts.RecordingWriteBack();
  }

  @Bean
  @Primary
  WorkflowTestPorts.TestClock testClock() {
    return new WorkflowTestPorts.TestClock();
  }
}
