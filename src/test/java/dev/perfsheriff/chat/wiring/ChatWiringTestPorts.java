package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The chat wiring's test surroundings: a recording chat platform called {@code console} (a fake of
 * our own port) and in-memory push history and series data, since the Perfherder fake serves
 * summaries and writes but not performance data. Summaries, write-backs and the on-duty perf
 * sheriff are the real modules'.
 */
@TestConfiguration
class ChatWiringTestPorts {

  @Bean
  RecordingChatPlatform consolePlatform() {
    return new RecordingChatPlatform("console");
  }

  @Bean
  @Primary
  FakeRevisionData fakeRevisionData() {
    return new FakeRevisionData();
  }
}
