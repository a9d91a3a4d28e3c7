package dev.perfsheriff.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.ChatProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bot-commands.md} at the repository root documents exactly the commands and buttons that
 * exist: the same names, the same syntax lines, the same roles. Fails both ways.
 */
class BotCommandsDocTest {

  private static final CommandGrammar GRAMMAR =
      new CommandGrammar(ChatProperties.Commands.defaults());
  private static Map<String, Section> commands;
  private static Map<String, Section> buttons;

  @BeforeAll
  static void readTheDocument() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("bot-commands.md"));
    commands = sections(lines, "## Commands");
    buttons = sections(lines, "## Buttons");
  }

  @Test
  void everyCommandIsDocumentedAndNothingElse() {
    assertThat(commands.keySet())
        .containsExactlyInAnyOrderElementsOf(
            GRAMMAR.specs().stream().map(CommandSpec::name).toList());
  }

  @Test
  void syntaxLinesAreTheParsersForms() {
    for (CommandSpec spec : GRAMMAR.specs()) {
      assertThat(commands.get(spec.name()).syntax()).as(spec.name()).isEqualTo(spec.forms());
    }
  }

  @Test
  void rolesMatchTheParsersAccess() {
    for (CommandSpec spec : GRAMMAR.specs()) {
      assertThat(commands.get(spec.name()).who()).as(spec.name()).isEqualTo(spec.access().who());
    }
  }

  @Test
  void everyCommandHasAnExampleAndAReply() {
    commands.forEach(
        (name, section) -> {
          assertThat(section.example()).as(name).startsWith("!perf " + name);
          assertThat(section.hasReply()).as(name).isTrue();
        });
  }

  @Test
  void everyButtonIsDocumentedWithItsTypedForm() {
    assertThat(buttons.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ActionId.values()).map(ActionId::id).collect(Collectors.toList()));
    for (ActionId action : ActionId.values()) {
      Section section = buttons.get(action.id());
      assertThat(section.sameAs()).as(action.id()).isEqualTo(ButtonCommands.typedAs(action));
      assertThat(section.who()).isEqualTo(ButtonCommands.access(action).who());
      assertThat(section.hasReply()).isTrue();
    }
  }

  /** The {@code ### } sections under the level-2 heading {@code part}. */
  private static Map<String, Section> sections(List<String> lines, String part) {
    Map<String, Section> sections = new LinkedHashMap<>();
    boolean inPart = false;
    Section current = null;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inPart = line.strip().equals(part);
        current = null;
      } else if (inPart && line.startsWith("### ")) {
        current = new Section();
        sections.put(line.substring(4).strip(), current);
      } else if (current != null) {
        current.read(line);
      }
    }
    return sections;
  }

  /** What one command's or button's section says. */
  private static final class Section {
    private final List<String> syntax = new java.util.ArrayList<>();
    private String who = "";
    private String example = "";
    private String sameAs = "";
    private boolean reply;

    void read(String line) {
      if (line.startsWith("- `") && line.endsWith("`")) {
        syntax.add(line.substring(3, line.length() - 1));
      } else if (line.startsWith("Who: ")) {
        who = line.substring(5).strip();
      } else if (line.startsWith("Example: `")) {
        example = line.substring(10, line.lastIndexOf('`'));
      } else if (line.startsWith("Same as: `")) {
        sameAs = line.substring(10, line.lastIndexOf('`'));
      } else if (line.startsWith("Reply")) {
        reply = true;
      }
    }

    List<String> syntax() {
      return syntax;
    }

    String who() {
      return who;
    }

    String example() {
      return example;
    }

    String sameAs() {
      return sameAs;
    }

    boolean hasReply() {
      return reply;
    }
  }
}
