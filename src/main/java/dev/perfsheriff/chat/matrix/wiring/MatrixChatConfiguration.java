package dev.perfsheriff.chat.matrix.wiring;

import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.matrix.MatrixEnabled;
import dev.perfsheriff.chat.matrix.MatrixOutbound;
import dev.perfsheriff.chat.port.ThreadNotes;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With Matrix on: the {@code matrix} chat platform the card publisher posts to, and the inbound
 * side the sync loop hands events to, dispatching them to the chat core.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MatrixEnabled.class)
class MatrixChatConfiguration {

  /** Long enough for a queued command and its reply; a shutdown waits at most this. */
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

  @Bean
  MatrixChatPlatform matrixChatPlatform(MatrixOutbound outbound) {
    return new MatrixChatPlatform(outbound);
  }

  @Bean
  MatrixChannelPosting matrixChannelPosting(MatrixOutbound outbound) {
    return new MatrixChannelPosting(outbound);
  }

  @Bean
  InboundWork matrixInboundWork() {
    return new InboundWork(DRAIN_TIMEOUT);
  }

  @Bean
  MatrixChatInbound matrixChatInbound(
      ChatDispatcher dispatcher,
      CommandGrammar grammar,
      CommandParser parser,
      MatrixChatPlatform platform,
      MatrixOutbound outbound,
      InboundWork work,
      ThreadNotes notes,
      Clock clock) {
    return new MatrixChatInbound(
        dispatcher, new ThreadCommands(grammar, parser), platform, outbound, work, notes, clock);
  }
}
