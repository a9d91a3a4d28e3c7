package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.ProtocolNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A perf sheriff's options for a round: more revisions either side, more points per revision, or a
 * different set of alerts. Empty options give the protocol's round (±2 revisions, 4 points).
 *
 * @param revisions revisions either side of each alert's revision
 * @param points data points to reach on each revision
 * @param alerts the alerts to plan for instead of the summary's picks; they become the picks
 */
public record RoundOptions(OptionalInt revisions, OptionalInt points, List<AlertId> alerts) {

  public static final RoundOptions DEFAULT =
      new RoundOptions(OptionalInt.empty(), OptionalInt.empty(), List.of());

  public RoundOptions {
    alerts = List.copyOf(alerts);
  }

  /** The protocol's numbers with these options applied. */
  public ProtocolNumbers applyTo(ProtocolNumbers numbers) {
    return numbers.withRound(
        revisions.orElse(numbers.revisionWindow()), points.orElse(numbers.pointsPerRevision()));
  }

  /**
   * The workflow cases a later round with these options records by itself: asking for more points
   * means round 1 had too few retriggers, asking for more revisions means it had too few revisions.
   */
  public List<CaseBucket> casesFor(ProtocolNumbers numbers) {
    List<CaseBucket> cases = new ArrayList<>();
    if (points.orElse(0) > numbers.pointsPerRevision()) {
      cases.add(CaseBucket.MORE_RETRIGGERS_NEEDED);
    }
    if (revisions.orElse(0) > numbers.revisionWindow()) {
      cases.add(CaseBucket.MORE_REVISIONS_NEEDED);
    }
    return cases;
  }

  /** E.g. "±3 revisions, 6 points per revision"; empty for the defaults. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    revisions.ifPresent(n -> parts.add("±" + n + " revisions"));
    points.ifPresent(k -> parts.add(k + " points per revision"));
    if (!alerts.isEmpty()) {
      parts.add("alerts " + alerts);
    }
    return String.join(", ", parts);
  }
}
