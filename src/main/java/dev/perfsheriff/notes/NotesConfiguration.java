package dev.perfsheriff.notes;

import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.perfherder.SummaryNotes;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notes mirror: the {@code ThreadNotes} port the platform adapters hand thread messages to, the
 * listener of Perfherder's notes changes, the delivery worker, and the journal {@code history}
 * shows. The platforms are looked up on each use: their adapters need the mirror when created.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotesProperties.class)
class NotesConfiguration {

  @Bean
  JournalStore notesJournalStore(JdbcClient jdbc) {
    return new JournalStore(jdbc);
  }

  @Bean
  DeliveryQueue notesDeliveryQueue(JdbcClient jdbc) {
    return new DeliveryQueue(jdbc);
  }

  @Bean
  DeliveryWorker notesDeliveryWorker(
      DeliveryQueue queue,
      JournalStore journal,
      SummaryNotes perfherder,
      ObjectProvider<MirroredMessages> platforms,
      NotesProperties properties,
      Clock clock,
      BotMetrics metrics) {
    Supplier<List<MirroredMessages>> all = () -> platforms.orderedStream().toList();
    return new DeliveryWorker(
        queue,
        new Deliverer(journal, perfherder, all, properties, clock, metrics),
        perfherder,
        all,
        properties);
  }

  @Bean
  NotesMirror notesMirror(
      JournalStore journal,
      DeliveryQueue queue,
      Roles roles,
      SummaryNotes perfherder,
      ObjectProvider<MirroredMessages> platforms,
      NotesProperties properties,
      TransactionTemplate transactions,
      Clock clock,
      DeliveryWorker worker) {
    return new NotesMirror(
        journal,
        queue,
        roles,
        perfherder,
        () -> platforms.orderedStream().toList(),
        properties,
        transactions,
        clock,
        worker::wake);
  }

  @Bean
  WebLines notesWebLines(
      JournalStore journal,
      DeliveryQueue queue,
      ObjectProvider<MirroredMessages> platforms,
      Clock clock,
      DeliveryWorker worker) {
    return new WebLines(
        journal, queue, () -> platforms.orderedStream().toList(), clock, worker::wake);
  }

  @Bean
  JournalHistory notesJournalHistory(JournalStore journal) {
    return new JournalHistory(journal);
  }
}
