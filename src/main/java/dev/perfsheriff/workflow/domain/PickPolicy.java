package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a sheriff's cherry-pick: at most {@code maxPicks} distinct alerts of the summary. */
public final class PickPolicy {

  private final ProtocolNumbers numbers;

  public PickPolicy(ProtocolNumbers numbers) {
    this.numbers = numbers;
  }

  public Decision check(AlertSummary summary, List<AlertId> picks) {
    Set<AlertId> distinct = new HashSet<>(picks);
    if (distinct.size() != picks.size()) {
      return Decision.refuse("each alert can be picked once; the list repeats an alert.");
    }
    if (picks.size() > numbers.maxPicks()) {
      return Decision.refuse(
          "at most "
              + numbers.maxPicks()
              + " alerts per summary: you picked "
              + picks.size()
              + "; drop "
              + (picks.size() - numbers.maxPicks())
              + ".");
    }
    for (AlertId pick : picks) {
      if (summary.alerts().stream().noneMatch(alert -> alert.id().equals(pick))) {
        return Decision.refuse("alert " + pick + " is not in summary " + summary.id() + ".");
      }
    }
    return Decision.allow();
  }

  /** Advice that does not block the pick: two alerts of the same test, or improvements first. */
  public List<String> warnings(AlertSummary summary, List<AlertId> picks) {
    Map<String, List<AlertId>> perTest = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    boolean improvementPicked = false;
    for (Alert alert : summary.alerts()) {
      if (picks.contains(alert.id())) {
        perTest.computeIfAbsent(alert.testName(), t -> new ArrayList<>()).add(alert.id());
        improvementPicked |= !alert.regression();
      }
    }
    perTest.forEach(
        (test, ids) -> {
          if (ids.size() > 1) {
            warnings.add(
                "alerts " + ids + " are the same test (" + test + "): one is usually enough.");
          }
        });
    boolean regressionLeft =
        AlertRanking.activeAlerts(summary).stream()
            .anyMatch(a -> a.regression() && !perTest.containsKey(a.testName()));
    if (improvementPicked && regressionLeft) {
      warnings.add("an improvement is picked while some regressed tests are not.");
    }
    return warnings;
  }
}
