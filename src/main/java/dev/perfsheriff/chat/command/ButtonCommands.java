package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;

/**
 * What each card button means as a command, so a click and its typed equivalent take the same path
 * through roles, routing and handlers.
 */
public final class ButtonCommands {

  private ButtonCommands() {}

  public static Command commandFor(ActionId action, SummaryId summary) {
    return switch (action) {
      case DOWNSTREAM -> new Command.Downstream(summary, Optional.empty());
      case CHERRY_PICK -> new Command.PickRecommended(summary);
      case RETRIGGER -> new Command.Retrigger(summary, false);
      case HANDOFF -> new Command.Handoff(summary, "");
    };
  }

  /** The typed equivalent, e.g. {@code pick 29340 recommended}. */
  public static String typedAs(ActionId action) {
    return switch (action) {
      case DOWNSTREAM -> "downstream <summary-id>";
      case CHERRY_PICK -> "pick <summary-id> recommended";
      case RETRIGGER -> "retrigger <summary-id>";
      case HANDOFF -> "handoff <summary-id>";
    };
  }

  /** Every button changes the summary: sheriffs only. */
  public static Access access(ActionId action) {
    return Access.SHERIFF;
  }
}
