package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.card.CardBuilder;
import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.card.CardPublisher;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.dispatch.CommandRoutes;
import dev.perfsheriff.chat.dispatch.HandoffPing;
import dev.perfsheriff.chat.dispatch.HelpHandler;
import dev.perfsheriff.chat.dispatch.OnCallHandler;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.port.ChatPlatform;
import dev.perfsheriff.chat.port.NotesJournal;
import dev.perfsheriff.chat.port.ReplySender;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaReports;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.rounds.JobRetrigger;
import dev.perfsheriff.rounds.RoundCompletion;
import dev.perfsheriff.rounds.RoundRunner;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.load.CiLoad;
import dev.perfsheriff.workflow.BugFiling;
import dev.perfsheriff.workflow.PerfSheriffDecisions;
import dev.perfsheriff.workflow.WorkflowProperties;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Assembles the chat core on the real services: the announcement records, the card publisher, its
 * listeners and its sweep, the handlers, and the {@link ChatDispatcher} every platform adapter
 * calls.
 */
@Configuration(proxyBeanMethods = false)
class ChatWiringConfiguration {

  @Bean
  ChatPlatforms chatPlatforms(ObjectProvider<ChatPlatform> platforms) {
    return new ChatPlatforms(platforms);
  }

  @Bean
  PostgresAnnouncedCards announcedCards(JdbcClient jdbc, ChatProperties chat, BotMetrics metrics) {
    return new PostgresAnnouncedCards(jdbc, chat.chat().claimLease(), metrics);
  }

  @Bean
  CardLinks cardLinks(PerfherderProperties perfherder) {
    return new CardLinks(perfherder.baseUrl());
  }

  @Bean
  CardBuilder cardBuilder(CardLinks links, ChatProperties chat) {
    return new CardBuilder(links, chat.commands().cardAlerts());
  }

  @Bean
  CardPublisher cardPublisher(
      ChatPlatforms platforms, PostgresAnnouncedCards announced, CardBuilder builder) {
    return new CardPublisher(platforms::all, announced, builder);
  }

  @Bean
  ReplySender replySender(PostgresAnnouncedCards announced) {
    return new ReplySender(announced);
  }

  @Bean(destroyMethod = "close")
  ChatWork chatWork(ChatProperties chat, ChatPlatforms platforms, ReplySender replies) {
    return new ChatWork(chat.chat(), platforms, replies);
  }

  @Bean
  PlanQuota planQuota(QuotaLedger ledger, Clock clock) {
    return new PlanQuota(ledger, clock);
  }

  @Bean
  CardFacts cardFacts(
      WorkflowService workflow, PlanQuota quota, WorkflowProperties numbers, Clock clock) {
    return new CardFacts(
        workflow, quota, numbers.numbers().pointsPerRevision(), numbers.bugGoal(), clock);
  }

  @Bean
  CardRefresher cardRefresher(
      CardFacts facts,
      CardPublisher publisher,
      ChatPlatforms platforms,
      ChatWork work,
      ChatProperties chat) {
    return new CardRefresher(facts, publisher, platforms, work, chat.chat().announceImprovements());
  }

  @Bean
  CardSweeper cardSweeper(
      AlertSummaries summaries,
      PostgresAnnouncedCards announced,
      ChatPlatforms platforms,
      CardFacts facts,
      CardPublisher publisher,
      CardRefresher refresher,
      ChatProperties chat,
      Clock clock) {
    return new CardSweeper(
        summaries,
        announced,
        platforms,
        facts,
        publisher,
        refresher::announced,
        chat.chat().sweepWindow(),
        clock);
  }

  @Bean
  RotationOnDuty rotationOnDuty(Rotation rotation) {
    return new RotationOnDuty(rotation);
  }

  @Bean
  WriteBackNotices writeBackNotices(
      ChatPlatforms platforms, PostgresAnnouncedCards cards, ChatWork work) {
    return new WriteBackNotices(platforms, cards, work);
  }

  @Bean
  ThreadPoster threadPoster(ChatPlatforms platforms, ReplySender replies) {
    return new ThreadPoster(platforms, replies);
  }

  @Bean
  HandoffNotifier handoffNotifier(
      Rotation rotation,
      CardLinks links,
      ChatPlatforms platforms,
      PostgresAnnouncedCards cards,
      ChatWork work,
      Clock clock) {
    return new HandoffNotifier(new HandoffPing(rotation, links), platforms, cards, work, clock);
  }

  @Bean
  RoundLauncher roundLauncher(
      WorkflowService workflow,
      PlanQuota quota,
      CiLoad load,
      RoundRunner runner,
      ChatWork work,
      ThreadPoster thread) {
    return new RoundLauncher(workflow, quota, new LoadWarning(load), runner, work, thread);
  }

  @Bean
  ChatDispatcher chatDispatcher(
      CommandParser parser, HelpText help, Roles roles, CommandRoutes routes, BotMetrics metrics) {
    return new ChatDispatcher(parser, help, roles, routes, metrics);
  }

  @Bean
  CommandRoutes commandRoutes(
      HelpHandler help,
      OnCallHandler onCall,
      CardFacts facts,
      CardBuilder cards,
      WorkflowService workflow,
      WorkflowReports reports,
      HandoffNotifier handoffs,
      PerfSheriffDecisions decisions,
      BugFiling bugs,
      CardLinks links,
      RoundLauncher rounds,
      QuotaLedger ledger,
      QuotaReports usage,
      QuotaProperties quota,
      CiLoad load,
      TaskclusterProperties taskcluster,
      JobRetrigger jobs,
      PlanQuota planQuota,
      ThreadPoster thread,
      ChatWork work,
      ObjectProvider<NotesJournal> journal,
      RoundCompletion completion,
      Clock clock) {
    return CommandRoutes.standard(
        help,
        onCall,
        new SummaryViewHandlers(
            facts, cards, reports, work, Optional.ofNullable(journal.getIfAvailable()), completion),
        new TriageHandlers(workflow, handoffs, work),
        new PerfSheriffHandlers(decisions, bugs, links, work),
        new RoundHandlers(rounds, workflow, reports, work, clock),
        new CiOperationHandlers(jobs, planQuota, new LoadWarning(load), work, thread, clock),
        new StatusHandlers(ledger, usage, quota, load, taskcluster, reports, work, clock));
  }
}
