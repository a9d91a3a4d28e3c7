package dev.perfsheriff.chat.message;

import dev.perfsheriff.chat.identity.Person;
import java.net.URI;

/** A piece of text inside a paragraph; each platform renders these its own way. */
public sealed interface Inline {

  /** The text without markup, for fallbacks, notifications and tests. */
  String plain();

  record Text(String text) implements Inline {
    @Override
    public String plain() {
      return text;
    }
  }

  record Strong(String text) implements Inline {
    @Override
    public String plain() {
      return text;
    }
  }

  /**
   * A command, an id or a revision, shown in a monospace font; its plain form keeps the backticks
   * that most chat clients render as code.
   */
  record Code(String text) implements Inline {
    @Override
    public String plain() {
      return "`" + text + "`";
    }
  }

  record Link(String label, URI target) implements Inline {
    @Override
    public String plain() {
      return label + " <" + target + ">";
    }
  }

  /** A mention that notifies the person on the platform it is rendered for. */
  record Mention(Person person) implements Inline {
    @Override
    public String plain() {
      return "@" + person.name();
    }
  }
}
