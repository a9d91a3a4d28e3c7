package dev.perfsheriff.chat;

import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.dispatch.HelpHandler;
import dev.perfsheriff.chat.dispatch.OnCallHandler;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.ShiftSchedule;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the chat core that need nothing but configuration. The dispatcher itself is created
 * where the workflow, ledger and platform modules are wired, since its routes need their handlers.
 */
@Configuration(proxyBeanMethods = false)
class ChatCoreConfiguration {

  @Bean
  CommandGrammar commandGrammar(ChatProperties properties) {
    return new CommandGrammar(properties.commands());
  }

  @Bean
  CommandParser commandParser(CommandGrammar grammar) {
    return new CommandParser(grammar);
  }

  @Bean
  HelpText helpText(CommandGrammar grammar) {
    return new HelpText(grammar);
  }

  @Bean
  Roles roles(ChatProperties properties) {
    return new Roles(properties);
  }

  @Bean
  Rotation rotation(ChatProperties properties, QuotaProperties quota, Roles roles) {
    return new Rotation(properties.rotation(), new ShiftSchedule(quota), roles);
  }

  @Bean
  HelpHandler helpHandler(CommandGrammar grammar) {
    return new HelpHandler(grammar);
  }

  /** Uses the application's clock when one is defined (tests pin it), else the system's. */
  @Bean
  OnCallHandler onCallHandler(Rotation rotation, Clock clock) {
    return new OnCallHandler(rotation, clock);
  }
}
