package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.workflow.WorkflowResult;
import java.util.Optional;

/** Workflow results as chat replies: allowed ones in the summary's thread, refusals privately. */
final class Replies {

  private Replies() {}

  static Reply of(WorkflowResult result) {
    if (!result.allowed()) {
      return Reply.privately(ChatMessage.text(sentence(result.text())));
    }
    return Reply.publicly(message(result, ""), Optional.of(result.summary()));
  }

  /** The result's message after {@code lead} (e.g. who did it), with its follow-ups. */
  static ChatMessage message(WorkflowResult result, String lead) {
    ChatMessage.Builder message = ChatMessage.builder().line(lead + sentence(result.text()));
    if (result instanceof WorkflowResult.Allowed allowed) {
      allowed.followUps().forEach(line -> message.line(sentence(line)));
    }
    return message.build();
  }

  /** A sentence starting with a capital letter, as the workflow's reasons start in lower case. */
  static String sentence(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("[")) {
      return trimmed;
    }
    return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
  }
}
