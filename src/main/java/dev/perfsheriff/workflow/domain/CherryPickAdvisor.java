package dev.perfsheriff.workflow.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Recommends the minimum set of alerts to retrigger: one alert per test (whatever its platform or
 * configuration), regressions before improvements, the least noisy / most confident / largest
 * change standing for its test, never two alerts of the same job, at most {@code maxPicks}.
 * Improvements are only added once every regressed test has its pick, and at most {@code
 * maxImprovementPicks} of them. When a test regresses across the board, the picks stay on one
 * platform family, because its trend shows the others' (3 jobs on one platform instead of 12).
 */
public final class CherryPickAdvisor {

  private final ProtocolNumbers numbers;

  public CherryPickAdvisor(ProtocolNumbers numbers) {
    this.numbers = numbers;
  }

  public PickRecommendation recommend(AlertSummary summary) {
    List<Alert> active = AlertRanking.activeAlerts(summary);
    List<Alert> regressions = active.stream().filter(Alert::regression).toList();
    List<Alert> improvements = active.stream().filter(alert -> !alert.regression()).toList();
    List<String> notes = new ArrayList<>();
    Set<String> acrossTests = testsAcrossTheBoard(regressions);
    boolean acrossTheBoard = !acrossTests.isEmpty();
    String preferred = preferredFamily(regressions.isEmpty() ? improvements : regressions);
    if (acrossTheBoard) {
      notes.add(
          String.join(", ", acrossTests)
              + " regressed on every platform: picks stay on "
              + preferred
              + ", where the trend shows for all.");
    }
    List<PickRecommendation.Choice> choices = new ArrayList<>();
    Set<String> jobs = new HashSet<>();
    int regressedTests =
        pickPerTest(regressions, acrossTheBoard, preferred, numbers.maxPicks(), choices, jobs);
    int unpicked = regressedTests - choices.size();
    if (unpicked > 0) {
      notes.add(
          unpicked
              + " more regressed test(s) not picked: at most "
              + numbers.maxPicks()
              + " picks.");
    } else {
      int room = Math.min(numbers.maxImprovementPicks(), numbers.maxPicks() - choices.size());
      pickPerTest(improvements, false, preferred, room, choices, jobs);
    }
    return new PickRecommendation(choices, acrossTheBoard, preferred, notes);
  }

  /** Adds the best alert of each test, best tests first, up to {@code limit}; returns the tests. */
  private int pickPerTest(
      List<Alert> alerts,
      boolean stayOnOneFamily,
      String family,
      int limit,
      List<PickRecommendation.Choice> choices,
      Set<String> jobs) {
    Set<String> pickedTests = new HashSet<>();
    choices.forEach(choice -> pickedTests.add(choice.alert().testName()));
    List<Alert> representatives = new ArrayList<>();
    byTest(alerts)
        .forEach(
            (test, group) -> {
              // A test picked for its regression is not picked again for an improvement.
              if (!pickedTests.contains(test)) {
                representatives.add(best(group, stayOnOneFamily, family));
              }
            });
    representatives.sort(AlertRanking.BEST_FIRST);
    int added = 0;
    int tests = 0;
    for (Alert alert : representatives) {
      if (!jobs.add(AlertRanking.jobKey(alert))) {
        continue; // another pick retriggers this job already: its data comes along
      }
      tests++;
      if (added < limit) {
        choices.add(
            new PickRecommendation.Choice(
                alert, reason(alert, byTest(alerts).get(alert.testName()))));
        added++;
      }
    }
    return tests;
  }

  private static Map<String, List<Alert>> byTest(List<Alert> alerts) {
    return alerts.stream()
        .collect(Collectors.groupingBy(Alert::testName, TreeMap::new, Collectors.toList()));
  }

  private static Alert best(List<Alert> group, boolean stayOnOneFamily, String family) {
    List<Alert> pool = group;
    if (stayOnOneFamily) {
      List<Alert> onFamily =
          group.stream()
              .filter(a -> PlatformFamily.of(a.machinePlatform()).equals(family))
              .toList();
      pool = onFamily.isEmpty() ? group : onFamily;
    }
    return pool.stream().min(AlertRanking.BEST_FIRST).orElseThrow();
  }

  private static String reason(Alert alert, List<Alert> group) {
    String direction = alert.regression() ? "regression" : "improvement";
    String base =
        String.format(
            "%s %s on %s: %.2f%%, t=%.2f, noise %s",
            alert.testName(),
            direction,
            alert.machinePlatform(),
            alert.amountPct(),
            AlertRanking.confidence(alert),
            alert.noiseProfile());
    int others = group.size() - 1;
    return others == 0 ? base : base + "; stands for " + others + " other alert(s) of this test";
  }

  private Set<String> testsAcrossTheBoard(List<Alert> regressions) {
    Map<String, Set<String>> families = new LinkedHashMap<>();
    regressions.forEach(
        a ->
            families
                .computeIfAbsent(a.testName(), t -> new TreeSet<>())
                .add(PlatformFamily.of(a.machinePlatform())));
    Set<String> all = new TreeSet<>();
    families.values().forEach(all::addAll);
    Set<String> across = new TreeSet<>();
    families.forEach(
        (test, seen) -> {
          if (seen.size() >= numbers.allPlatformsMinimum() && seen.size() == all.size()) {
            across.add(test);
          }
        });
    return across;
  }

  /** The family with the most alerts; Perfherder's platform preference breaks ties. */
  private static String preferredFamily(List<Alert> alerts) {
    Map<String, Long> counts =
        alerts.stream()
            .collect(
                Collectors.groupingBy(
                    a -> PlatformFamily.of(a.machinePlatform()), Collectors.counting()));
    return counts.keySet().stream()
        .min(
            Comparator.<String, Long>comparing(counts::get)
                .reversed()
                .thenComparing(PlatformFamily.preference()))
        .orElse("");
  }
}
