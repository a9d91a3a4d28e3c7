package dev.perfsheriff.chat.message;

import java.util.List;
import java.util.stream.Collectors;

/** A block of a message: a paragraph, a bullet list or preformatted text. */
public sealed interface Block {

  String plain();

  record Paragraph(List<Inline> inlines) implements Block {
    public Paragraph {
      inlines = List.copyOf(inlines);
    }

    @Override
    public String plain() {
      return inlines.stream().map(Inline::plain).collect(Collectors.joining());
    }
  }

  /** Each item is a line of inlines. */
  record Bullets(List<Paragraph> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }

    @Override
    public String plain() {
      return items.stream().map(item -> "• " + item.plain()).collect(Collectors.joining("\n"));
    }
  }

  record Preformatted(String text) implements Block {
    @Override
    public String plain() {
      return text;
    }
  }
}
