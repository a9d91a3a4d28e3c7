package dev.perfsheriff.chat.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Public replies about a summary go to its thread; private ones to the actor where they asked. */
class ReplySenderTest {

  private static final Actor ALICE = new Actor("console", "alice", "Alice");
  private static final MessageRef CHANNEL = new MessageRef("console", "sheriffs", "typed-here");
  private static final MessageRef CARD = new MessageRef("console", "sheriffs", "card-29340");
  private final RecordingChatPlatform platform = new RecordingChatPlatform();
  private final ReplySender sender =
      new ReplySender(
          (summary, name) ->
              Optional.ofNullable(Map.of(SummaryId.of(29340), CARD).get(summary))
                  .filter(ref -> ref.platform().equals(name)));
  private final ChatRequest request =
      ChatRequest.typed(ALICE, "!perf note 29340 x", CHANNEL, CommandPrefix.BANG);

  @Test
  void publicRepliesAboutASummaryGoToItsThread() {
    sender.send(platform, request, Reply.publicly(ChatMessage.text("noted"), summary(29340)));

    assertThat(platform.sent)
        .containsExactly(new RecordingChatPlatform.Sent("thread", CARD, "noted"));
  }

  @Test
  void publicRepliesWithoutAKnownCardStayWhereTheyWereAsked() {
    sender.send(platform, request, Reply.publicly(ChatMessage.text("bob"), Optional.empty()));
    sender.send(platform, request, Reply.publicly(ChatMessage.text("?"), summary(1)));

    assertThat(platform.sent)
        .extracting(RecordingChatPlatform.Sent::where)
        .containsExactly(CHANNEL, CHANNEL);
  }

  @Test
  void privateRepliesGoToTheActorWhereTheyAsked() {
    sender.send(platform, request, Reply.privately(ChatMessage.text("usage")));

    assertThat(platform.sent)
        .containsExactly(new RecordingChatPlatform.Sent("private alice", CHANNEL, "usage"));
  }

  @Test
  void aRequestWithoutAPlaceCannotBeAnsweredPrivately() {
    ChatRequest nowhere = ChatRequest.typed(ALICE, "help", null, CommandPrefix.SLASH);

    assertThat(sender.send(platform, nowhere, Reply.privately(ChatMessage.text("help")))).isFalse();
    assertThat(platform.sent).isEmpty();
  }

  private static Optional<SummaryId> summary(long id) {
    return Optional.of(SummaryId.of(id));
  }
}
