package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.SummaryId;
import java.time.Duration;

/**
 * Whether a summary may be marked downstream of a named upstream (PROTOCOL.md, step 1): the
 * upstream exists, measures the same framework, is on another repository, and was created before
 * the summary within the downstream vicinity (24 h). Each refusal names the failed rule and the way
 * out.
 */
public final class DownstreamCheck {

  private final Duration vicinity;

  public DownstreamCheck(ProtocolNumbers numbers) {
    this.vicinity = numbers.downstreamVicinity();
  }

  /**
   * @param upstream the summary named {@code upstreamId}, or null when Perfherder does not show it
   */
  public Decision check(AlertSummary summary, SummaryId upstreamId, AlertSummary upstream) {
    String other = "summary " + upstreamId;
    if (upstream == null) {
      return refuse(other + " does not exist in Perfherder (or is not watched by the bot).");
    }
    if (upstream.frameworkId() != summary.frameworkId()) {
      return refuse(
          other
              + " is "
              + upstream.framework()
              + ", summary "
              + summary.id()
              + " is "
              + summary.framework()
              + ": a downstream has the same framework.");
    }
    if (upstream.repository().equals(summary.repository())) {
      return refuse(
          other
              + " is on "
              + summary.repository().name()
              + " too: a downstream comes from another repository.");
    }
    Duration before = Duration.between(upstream.created(), summary.created());
    if (before.isNegative() || before.isZero()) {
      return refuse(other + " was created after summary " + summary.id() + ".");
    }
    if (before.compareTo(vicinity) > 0) {
      return refuse(
          other
              + " was created "
              + before.toHours()
              + " h before summary "
              + summary.id()
              + ", outside the "
              + vicinity.toHours()
              + " h vicinity.");
    }
    return Decision.allow();
  }

  private static Decision refuse(String why) {
    return Decision.refuse(why + " A perf sheriff can override with `force`.");
  }
}
