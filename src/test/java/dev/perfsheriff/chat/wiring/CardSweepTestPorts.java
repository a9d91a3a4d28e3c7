package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.port.FlakyChatPlatform;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A second chat platform, {@code backup}, whose announcements a test can make fail. */
@TestConfiguration
class CardSweepTestPorts {

  @Bean
  FlakyChatPlatform backupPlatform() {
    return new FlakyChatPlatform("backup");
  }
}
