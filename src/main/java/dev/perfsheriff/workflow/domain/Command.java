package dev.perfsheriff.workflow.domain;

import java.util.Locale;

/** What a sheriff can ask of the workflow; each is checked by {@link TransitionPolicy}. */
public enum Command {
  MARK_DOWNSTREAM("mark it downstream"),
  PICK("change its picks"),
  START_ROUND("start a round"),
  COMPLETE_ROUND("complete a round"),
  HAND_OFF("hand it off"),
  NEEDS_BUG("mark it needs_bug"),
  NEEDS_DATA("mark it needs_data"),
  INVALID("mark it invalid"),
  WONTFIX("mark it wontfix"),
  FIXED("mark it fixed"),
  BACKEDOUT("mark it backedout"),
  REASSIGNED("mark it reassigned"),
  INVESTIGATING("mark it investigating"),
  REOPEN("reopen it"),
  RECORD_CASE("record a workflow case"),
  LINK_BUG("link a bug"),
  ASSIGN("assign it");

  private final String phrase;

  Command(String phrase) {
    this.phrase = phrase;
  }

  /**
   * A perf sheriff's decision about the summary (needs_bug … reopen), typed with {@code decide}.
   */
  public boolean isDecision() {
    return ordinal() >= NEEDS_BUG.ordinal() && ordinal() <= REOPEN.ordinal();
  }

  /** Verb phrase for sentences: "only a perf sheriff can mark it needs_bug". */
  public String phrase() {
    return phrase;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
