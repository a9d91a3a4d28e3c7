package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.Optional;

/**
 * The message that tells the perf sheriff on duty a summary is theirs now. The handoff handler
 * sends it with {@code ChatPlatform.ping} when someone is on duty, else as a plain thread reply.
 */
public final class HandoffPing {

  private final Rotation rotation;
  private final CardLinks links;

  public HandoffPing(Rotation rotation, CardLinks links) {
    this.rotation = rotation;
    this.links = links;
  }

  /** Whom to ping (empty when nobody is on duty) and what to say. */
  public Ping compose(SummaryId summary, Actor from, String note, Instant at) {
    Optional<Person> sheriff = rotation.onDuty(at).map(Rotation.Duty::sheriff);
    ChatMessage.Builder message = ChatMessage.builder();
    sheriff.ifPresentOrElse(
        person -> message.mention(person).text(": summary "),
        () -> message.text("Nobody is on duty as perf sheriff right now; summary "));
    message
        .link(summary.toString(), links.alertView(summary))
        .text(" was handed off by " + from.displayName() + " (" + from.qualifiedId() + ")")
        .text(sheriff.isPresent() ? " to you." : " and waits in the perf sheriffs' queue.");
    if (!note.isBlank()) {
      message.endParagraph().text("Note: " + note.strip());
    }
    return new Ping(sheriff, message.build());
  }

  /** A handoff message and the person it should notify, if anyone is on duty. */
  public record Ping(Optional<Person> sheriff, ChatMessage message) {}
}
