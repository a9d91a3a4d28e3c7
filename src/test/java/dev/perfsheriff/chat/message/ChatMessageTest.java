package dev.perfsheriff.chat.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.Inline.Code;
import dev.perfsheriff.chat.message.Inline.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatMessageTest {

  @Test
  void backtickSpansBecomeCode() {
    ChatMessage message = ChatMessage.text("Type `!perf help` or `help pick` now");

    assertThat(message.blocks())
        .containsExactly(
            new Paragraph(
                List.of(
                    new Text("Type "),
                    new Code("!perf help"),
                    new Text(" or "),
                    new Code("help pick"),
                    new Text(" now"))));
    assertThat(message.plainText()).isEqualTo("Type `!perf help` or `help pick` now");
  }

  @Test
  void aLoneBacktickStaysText() {
    ChatMessage message = ChatMessage.text("Unexpected ` here");

    assertThat(message.blocks())
        .containsExactly(new Paragraph(List.of(new Text("Unexpected "), new Text("` here"))));
    assertThat(message.plainText()).isEqualTo("Unexpected ` here");
  }

  @Test
  void bulletsAndParagraphsFlattenToLines() {
    ChatMessage message =
        ChatMessage.builder()
            .line("Usage:")
            .bullets(List.of(new Paragraph(List.of(new Code("show <summary-id>")))))
            .build();

    assertThat(message.plainText()).isEqualTo("Usage:\n• `show <summary-id>`");
  }
}
