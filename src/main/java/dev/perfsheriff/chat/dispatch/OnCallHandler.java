package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.chat.rotation.Rotation.Duty;
import dev.perfsheriff.shared.ShiftWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Answers {@code oncall}: the perf sheriff on duty now and in the next shift. Names are shown, not
 * mentioned, so asking does not notify anyone.
 */
public final class OnCallHandler implements CommandHandler<Command.OnCall> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Rotation rotation;
  private final Clock clock;

  public OnCallHandler(Rotation rotation, Clock clock) {
    this.rotation = rotation;
    this.clock = clock;
  }

  @Override
  public Reply handle(Command.OnCall command, CommandContext context) {
    Instant now = clock.instant();
    ChatMessage.Builder reply = ChatMessage.builder();
    Optional<Duty> current = rotation.onDuty(now);
    if (current.isPresent()) {
      describe(reply, "On duty now", current.get());
    } else {
      String shift =
          rotation.shiftAt(now).map(o -> "the " + o.window().shift() + " shift").orElse("now");
      reply.line(
          "Nobody is scheduled as perf sheriff for "
              + shift
              + " (see perfsheriff.rotation); handoffs wait in the perf sheriffs' queue.");
    }
    rotation.next(now).ifPresent(next -> describe(reply, "Next", next));
    return Reply.publicly(reply.build(), Optional.empty());
  }

  private static void describe(ChatMessage.Builder reply, String when, Duty duty) {
    ShiftWindow window = duty.shift().window();
    reply
        .endParagraph()
        .text(when + " (" + window.shift() + ", " + TIME.format(window.start()))
        .text(" to " + TIME.format(window.end()) + "): ")
        .strong(duty.sheriff().name())
        .text(duty.overridden() ? " (override)" : "")
        .endParagraph();
  }
}
