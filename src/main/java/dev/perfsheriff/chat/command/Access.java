package dev.perfsheriff.chat.command;

/**
 * Who may use a command or button. Reading is open to everyone in the channel (release managers and
 * developers read but do not act, PROTOCOL.md); acting needs a configured sheriff role.
 */
public enum Access {
  /** Read-only: anyone, even users the bot does not know. */
  EVERYONE("everyone"),
  /** Changes a summary or triggers jobs: code or perf sheriffs. */
  SHERIFF("code and perf sheriffs"),
  /** Perf-sheriff duties: workflow cases, baselines. */
  PERF_SHERIFF("perf sheriffs");

  private final String who;

  Access(String who) {
    this.who = who;
  }

  /** Who, in words (help, bot-commands.md, refusals). */
  public String who() {
    return who;
  }
}
