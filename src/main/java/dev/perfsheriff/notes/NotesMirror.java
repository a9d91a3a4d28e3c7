package dev.perfsheriff.notes;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.MirroredMessages;
import dev.perfsheriff.chat.port.ThreadMessage;
import dev.perfsheriff.chat.port.ThreadNotes;
import dev.perfsheriff.perfherder.SummaryNotes;
import dev.perfsheriff.shared.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chat → journal: a sheriff's thread message becomes a journal line (and one tagged line in the
 * Perfherder notes, and one message in every other platform's thread); an edit rewrites it, a
 * deletion removes it. Each change is journaled and queued in one transaction, and the {@link
 * DeliveryWorker} carries it out. Messages of people without a sheriff role are mirrored only with
 * {@code perfsheriff.notes.mirror-everyone}; otherwise the thread is told so, once.
 */
final class NotesMirror implements ThreadNotes {

  private static final Logger log = LoggerFactory.getLogger(NotesMirror.class);
  private static final String SHERIFFS_ONLY = "sheriffs-only";

  private final JournalStore journal;
  private final DeliveryQueue queue;
  private final Roles roles;
  private final SummaryNotes perfherder;
  private final Supplier<List<MirroredMessages>> platforms;
  private final NotesProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Runnable wake;

  NotesMirror(
      JournalStore journal,
      DeliveryQueue queue,
      Roles roles,
      SummaryNotes perfherder,
      Supplier<List<MirroredMessages>> platforms,
      NotesProperties properties,
      TransactionTemplate transactions,
      Clock clock,
      Runnable wake) {
    this.journal = journal;
    this.queue = queue;
    this.roles = roles;
    this.perfherder = perfherder;
    this.platforms = platforms;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
    this.wake = wake;
  }

  @Override
  public void posted(ThreadMessage message) {
    String platform = message.message().platform();
    if (!properties.mirrorEveryone() && roles.rolesOf(message.author()).isEmpty()) {
      tellOnce(message, platform);
      return;
    }
    String text = text(message);
    if (text.isEmpty()) {
      return;
    }
    String author =
        roles.personOf(message.author()).map(Person::name).orElse(message.author().displayName());
    transactions.executeWithoutResult(
        status ->
            journal
                .add(
                    message.summary().value(),
                    platform,
                    message.message().messageId(),
                    author,
                    message.author().qualifiedId(),
                    text,
                    message.at())
                .ifPresent(line -> queueAll(line, DeliveryQueue.POST)));
    wake.run();
  }

  @Override
  public void edited(MessageRef message, Actor editor, String edited) {
    String text = plain(edited, "the " + message.platform() + " thread");
    Optional<JournalStore.Line> line =
        journal
            .lineOfMessage(message.platform(), message.messageId())
            .filter(l -> l.authorId().equals(editor.qualifiedId()))
            .filter(l -> !l.removed() && !l.text().equals(text));
    if (line.isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          if (text.isEmpty()) {
            journal.remove(line.get(), clock.instant());
            queueAll(line.get(), DeliveryQueue.DELETE);
          } else {
            journal.edit(line.get(), text, clock.instant());
            queueAll(line.get(), DeliveryQueue.EDIT);
          }
        });
    wake.run();
  }

  @Override
  public void deleted(MessageRef message) {
    Optional<JournalStore.Line> line =
        journal.lineOfMessage(message.platform(), message.messageId()).filter(l -> !l.removed());
    if (line.isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          journal.remove(line.get(), clock.instant());
          queueAll(line.get(), DeliveryQueue.DELETE);
        });
    wake.run();
  }

  /**
   * Queues the line's change for Perfherder (when the bot may write there) and for every platform
   * but the one it came from; {@code action} is what the other platforms do with their copy.
   */
  private void queueAll(JournalStore.Line line, String action) {
    if (perfherder.canWrite()) {
      queue.enqueue(line.id(), JournalStore.PERFHERDER, DeliveryQueue.WRITE);
    }
    for (MirroredMessages platform : platforms.get()) {
      if (!platform.name().equals(line.origin())) {
        queue.enqueue(line.id(), platform.target(), action);
      }
    }
  }

  private String text(ThreadMessage message) {
    String where =
        message
            .link()
            .orElse("the " + message.message().platform() + " thread of " + message.summary());
    return plain(message.text(), where);
  }

  /** Plain text on one line, cut with a marker naming {@code where} the whole message is. */
  private String plain(String raw, String where) {
    return PlainText.cut(PlainText.of(raw), properties.maxLineLength(), where);
  }

  private void tellOnce(ThreadMessage message, String platform) {
    if (!journal.firstNotice(message.summary().value(), platform, SHERIFFS_ONLY)) {
      return;
    }
    platforms.get().stream()
        .filter(p -> p.name().equals(platform))
        .findFirst()
        .ifPresent(
            p -> {
              try {
                p.postOnce(
                    message.summary(),
                    "notes-notice-" + message.summary() + "-" + SHERIFFS_ONLY,
                    ChatMessage.text(
                        "Only sheriffs' messages in this thread are copied into the summary's"
                            + " Perfherder notes (perfsheriff.notes.mirror-everyone is off)."));
              } catch (RuntimeException e) {
                log.warn(
                    "Could not tell thread of {} who is mirrored: {}",
                    message.summary(),
                    e.toString());
              }
            });
  }
}
