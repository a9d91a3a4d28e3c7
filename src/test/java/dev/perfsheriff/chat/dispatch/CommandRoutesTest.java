package dev.perfsheriff.chat.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.ButtonCommands;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.shared.SummaryId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One routing table: every command type and every button has exactly one handler. */
class CommandRoutesTest {

  private final CommandRoutes routes =
      new RecordingHandlers()
          .routes(
              new HelpHandler(ChatFixtures.grammar()),
              new OnCallHandler(
                  ChatFixtures.rotation(), ChatFixtures.clockAt(ChatFixtures.MONDAY_NOON)));

  @Test
  void everyCommandTypeHasExactlyOneRoute() {
    List<Class<?>> routed = List.copyOf(routes.table().keySet());
    assertThat(routed).hasSize(27).containsExactlyInAnyOrderElementsOf(commandTypes());
  }

  @Test
  void everyButtonReachesARoutedCommand() {
    for (ActionId action : ActionId.values()) {
      Command command = ButtonCommands.commandFor(action, SummaryId.of(1));
      assertThat(routes.handlerFor(command)).as(action.id()).isPresent();
      assertThat(command.summary()).contains(SummaryId.of(1));
    }
  }

  @Test
  void theActionIdsAreTheContracts() {
    assertThat(Arrays.stream(ActionId.values()).map(ActionId::id))
        .containsExactly(
            "downstream",
            "cherry_pick",
            "retrigger",
            "handoff",
            "needs_bug",
            "needs_data",
            "link_bug",
            "file_bug",
            "invalid");
    assertThat(ActionId.fromId("cherry_pick")).contains(ActionId.CHERRY_PICK);
    assertThat(ActionId.fromId("CHERRY_PICK")).isEmpty();
  }

  @Test
  void aSecondRouteForATypeIsRefused() {
    CommandRoutes twice = new CommandRoutes().route(Command.Load.class, (command, context) -> null);
    assertThatThrownBy(() -> twice.route(Command.Load.class, (command, context) -> null))
        .hasMessageContaining("Load is routed twice");
  }

  /** The concrete command records of the sealed hierarchy. */
  private static List<Class<?>> commandTypes() {
    return Arrays.stream(Command.class.getPermittedSubclasses())
        .flatMap(
            type ->
                type.isInterface()
                    ? Arrays.stream(type.getPermittedSubclasses())
                    : java.util.stream.Stream.of(type))
        .toList();
  }
}
