package dev.perfsheriff.chat.message;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.message.Block.Bullets;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.Inline.Code;
import dev.perfsheriff.chat.message.Inline.Link;
import dev.perfsheriff.chat.message.Inline.Mention;
import dev.perfsheriff.chat.message.Inline.Strong;
import dev.perfsheriff.chat.message.Inline.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A platform-neutral message: a few blocks of simple structure that Block Kit, Matrix HTML and the
 * console can all render. Built with {@link #builder()}.
 */
public record ChatMessage(List<Block> blocks) {

  public ChatMessage {
    blocks = List.copyOf(blocks);
  }

  public static ChatMessage text(String text) {
    return builder().line(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The message without markup, blocks separated by new lines. */
  public String plainText() {
    return blocks.stream().map(Block::plain).collect(Collectors.joining("\n"));
  }

  /** Builds a message paragraph by paragraph; inline calls add to the current paragraph. */
  public static final class Builder {

    private final List<Block> blocks = new ArrayList<>();
    private List<Inline> paragraph = new ArrayList<>();

    private Builder() {}

    /**
     * Adds text; spans between backticks become {@link Code}, so sentences written once (usage
     * problems, refusals) render as code on every platform, not as literal backticks.
     */
    public Builder text(String text) {
      String[] parts = text.split("`", -1);
      boolean balanced = parts.length % 2 == 1;
      for (int i = 0; i < parts.length; i++) {
        boolean code = i % 2 == 1 && (balanced || i < parts.length - 1);
        if (code) {
          paragraph.add(new Code(parts[i]));
        } else if (!parts[i].isEmpty()) {
          paragraph.add(new Text(i % 2 == 1 ? "`" + parts[i] : parts[i]));
        }
      }
      return this;
    }

    public Builder strong(String text) {
      paragraph.add(new Strong(text));
      return this;
    }

    public Builder code(String text) {
      paragraph.add(new Code(text));
      return this;
    }

    public Builder link(String label, URI target) {
      paragraph.add(new Link(label, target));
      return this;
    }

    public Builder mention(Person person) {
      paragraph.add(new Mention(person));
      return this;
    }

    /** Ends the current paragraph. */
    public Builder endParagraph() {
      if (!paragraph.isEmpty()) {
        blocks.add(new Paragraph(paragraph));
        paragraph = new ArrayList<>();
      }
      return this;
    }

    /** A paragraph of plain text. */
    public Builder line(String text) {
      return endParagraph().text(text).endParagraph();
    }

    public Builder bullets(List<Paragraph> items) {
      endParagraph();
      if (!items.isEmpty()) {
        blocks.add(new Bullets(items));
      }
      return this;
    }

    public Builder block(Block block) {
      endParagraph();
      blocks.add(block);
      return this;
    }

    public ChatMessage build() {
      endParagraph();
      return new ChatMessage(blocks);
    }
  }
}
