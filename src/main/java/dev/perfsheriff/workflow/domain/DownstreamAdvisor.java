package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Revision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the summary a new one is probably a downstream of: a summary on another integration branch,
 * same framework, created within the preceding {@code downstreamVicinity}, whose push lies in this
 * summary's revision range and whose alerts have the same tests on the same platforms. All alerts
 * matched and covered: obvious. Partly: unsure, with the protocol's two edge cases.
 */
public final class DownstreamAdvisor {

  private final ProtocolNumbers numbers;

  public DownstreamAdvisor(ProtocolNumbers numbers) {
    this.numbers = numbers;
  }

  /**
   * @param ownRange every revision landed in this summary's range (empty when unknown)
   * @param recent summaries created shortly before this one, of any repository
   */
  public DownstreamSuggestion suggest(
      AlertSummary summary, Set<Revision> ownRange, List<AlertSummary> recent) {
    List<Alert> active = AlertRanking.activeAlerts(summary);
    if (active.isEmpty()) {
      return DownstreamSuggestion.none();
    }
    return recent.stream()
        .filter(other -> isCandidate(summary, other))
        .map(other -> assess(summary, active, ownRange, other))
        .filter(found -> found.suggestion.verdict() != DownstreamSuggestion.Verdict.NONE)
        .min(
            Comparator.comparingInt(Candidate::rank)
                .thenComparing(found -> -found.matches)
                .thenComparing(
                    found -> found.suggestion.upstream().created(), Comparator.reverseOrder())
                .thenComparing(found -> found.suggestion.upstream().id()))
        .map(found -> found.suggestion)
        .orElse(DownstreamSuggestion.none());
  }

  /** The alert of {@code other} with the same test and platform as {@code alert}, if any. */
  public static Optional<Alert> matchIn(AlertSummary other, Alert alert) {
    return other.alerts().stream()
        .filter(
            theirs ->
                theirs.status() != AlertStatus.INVALID && theirs.status() != AlertStatus.INFRA)
        .filter(theirs -> theirs.signature().testKey().equals(alert.signature().testKey()))
        .filter(theirs -> theirs.machinePlatform().equals(alert.machinePlatform()))
        .min(Comparator.comparing(theirs -> theirs.id().value()));
  }

  private boolean isCandidate(AlertSummary summary, AlertSummary other) {
    Duration before = Duration.between(other.created(), summary.created());
    return !other.id().equals(summary.id())
        && !other.repository().equals(summary.repository())
        && numbers.isIntegrationBranch(other.repository())
        && other.frameworkId() == summary.frameworkId()
        && !before.isNegative()
        && before.compareTo(numbers.downstreamVicinity()) <= 0;
  }

  private Candidate assess(
      AlertSummary summary, List<Alert> active, Set<Revision> ownRange, AlertSummary other) {
    boolean covers = ownRange.stream().anyMatch(revision -> revision.sameAs(other.revision()));
    List<String> evidence = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (Alert alert : active) {
      Optional<Alert> theirs = matchIn(other, alert);
      if (theirs.isPresent()) {
        evidence.add(
            describe(alert)
                + ": alert "
                + alert.id()
                + " here, alert "
                + theirs.get().id()
                + " in summary "
                + other.id()
                + " ("
                + other.repository()
                + ").");
      } else {
        unmatched.add(describe(alert));
      }
    }
    int matches = evidence.size();
    String where =
        other.repository()
            + " revision "
            + other.revision()
            + " (summary "
            + other.id()
            + ", created "
            + hoursBefore(other, summary)
            + " h earlier)";
    if (covers) {
      evidence.add(where + " lies in this summary's revision range.");
    }
    if (covers && unmatched.isEmpty()) {
      return new Candidate(
          0,
          matches,
          suggestion(
              DownstreamSuggestion.Verdict.OBVIOUS,
              DownstreamSuggestion.EdgeCase.NONE,
              other,
              evidence,
              List.of()));
    }
    if (matches > 0) {
      List<String> notes = new ArrayList<>();
      notes.add("(2) looks downstream of summary " + other.id() + " but may not be:");
      if (!covers) {
        notes.add(where + " was not found in this summary's revision range.");
      }
      if (!unmatched.isEmpty()) {
        notes.add(
            "no alert on "
                + other.repository()
                + " for "
                + String.join(", ", unmatched)
                + " (data may be missing there).");
      }
      return new Candidate(
          1,
          matches,
          suggestion(
              DownstreamSuggestion.Verdict.UNSURE,
              DownstreamSuggestion.EdgeCase.DATA_MISSING_ON_OTHER_BRANCH,
              other,
              evidence,
              notes));
    }
    if (covers) {
      List<String> notes =
          List.of(
              "(1) looks downstream of summary "
                  + other.id()
                  + ", but "
                  + other.repository()
                  + " has no alert for these tests.");
      return new Candidate(
          2,
          0,
          suggestion(
              DownstreamSuggestion.Verdict.UNSURE,
              DownstreamSuggestion.EdgeCase.NO_ALERT_ON_OTHER_BRANCH,
              other,
              evidence,
              notes));
    }
    return new Candidate(3, 0, DownstreamSuggestion.none());
  }

  private static DownstreamSuggestion suggestion(
      DownstreamSuggestion.Verdict verdict,
      DownstreamSuggestion.EdgeCase edge,
      AlertSummary upstream,
      List<String> evidence,
      List<String> notes) {
    return new DownstreamSuggestion(verdict, edge, upstream, evidence, notes);
  }

  private static String describe(Alert alert) {
    return alert.testName() + " on " + alert.machinePlatform();
  }

  private static long hoursBefore(AlertSummary other, AlertSummary summary) {
    return Duration.between(other.created(), summary.created()).toHours();
  }

  /** An assessed candidate: lower rank is more certain. */
  private record Candidate(int rank, int matches, DownstreamSuggestion suggestion) {}
}
