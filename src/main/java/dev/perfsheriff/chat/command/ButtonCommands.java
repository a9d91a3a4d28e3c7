package dev.perfsheriff.chat.command;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import java.util.OptionalLong;

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
      case HANDOFF -> new Command.AskHandoffNote(summary);
      case NEEDS_BUG ->
          new Command.Decide(summary, dev.perfsheriff.workflow.domain.Command.NEEDS_BUG, "");
      case NEEDS_DATA ->
          new Command.Decide(summary, dev.perfsheriff.workflow.domain.Command.NEEDS_DATA, "");
      case INVALID ->
          new Command.Decide(summary, dev.perfsheriff.workflow.domain.Command.INVALID, "");
      case LINK_BUG -> new Command.AskBugNumber(summary);
      case FILE_BUG -> new Command.FileBug(summary, OptionalLong.empty());
    };
  }

  /** The typed equivalent, e.g. {@code pick 29340 recommended}. */
  public static String typedAs(ActionId action) {
    return switch (action) {
      case DOWNSTREAM -> "downstream <summary-id>";
      case CHERRY_PICK -> "pick <summary-id> recommended";
      case RETRIGGER -> "retrigger <summary-id>";
      case HANDOFF -> "handoff <summary-id> [note text]";
      case NEEDS_BUG -> "decide <summary-id> needs_bug";
      case NEEDS_DATA -> "decide <summary-id> needs_data";
      case INVALID -> "decide <summary-id> invalid";
      case LINK_BUG -> "bug <summary-id> <bug-number>";
      case FILE_BUG -> "file-bug <summary-id>";
    };
  }

  /** The code sheriff's buttons are for any sheriff; the handed-off card's for perf sheriffs. */
  public static Access access(ActionId action) {
    return ActionId.PERF_SHERIFF.contains(action) ? Access.PERF_SHERIFF : Access.SHERIFF;
  }
}
