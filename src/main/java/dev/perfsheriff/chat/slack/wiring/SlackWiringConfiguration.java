package dev.perfsheriff.chat.slack.wiring;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.identity.AccessPolicy;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.chat.slack.SlackEnabled;
import dev.perfsheriff.chat.slack.outbound.SlackFiles;
import dev.perfsheriff.chat.slack.outbound.SlackOutbox;
import dev.perfsheriff.chat.slack.outbound.SlackReplies;
import dev.perfsheriff.workflow.WorkflowService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With Slack enabled: Slack is one of the core's {@code ChatPlatform}s (the card publisher and the
 * handlers find it among the others), and the listeners' {@code SlackInbound} is the chat core.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackEnabled.class)
class SlackWiringConfiguration {

  @Bean
  SlackChatPlatform slackChatPlatform(SlackOutbox outbox, SlackReplies replies) {
    return new SlackChatPlatform(outbox, replies);
  }

  @Bean
  SlackChannelPosting slackChannelPosting(SlackOutbox outbox, SlackFiles files) {
    return new SlackChannelPosting(outbox, files);
  }

  @Bean
  SlackChatInbound slackChatInbound(
      ChatDispatcher dispatcher,
      Roles roles,
      WorkflowService workflow,
      SlackOutbox outbox,
      SlackReplies replies,
      ChatProperties chat,
      ThreadNotes notes,
      Clock clock) {
    SlackReplyDelivery delivery = new SlackReplyDelivery(outbox, replies);
    ModalOpener modals = new ModalOpener(new AccessPolicy(roles), replies, delivery);
    CherryPickOpener cherryPick =
        new CherryPickOpener(modals, workflow, chat.commands().maxPicks());
    return new SlackChatInbound(dispatcher, delivery, modals, cherryPick, outbox, notes, clock);
  }
}
