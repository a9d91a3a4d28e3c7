package dev.perfsheriff.workflow.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only model of Perfherder's own automatic picker (Sherlock's {@code AlertsPicker}, see
 * perfherder-api.md §5.3), to compare the bot's recommendation with: untriaged alerts on the
 * platforms of interest, one alert per job, sorted by (regression, noise OK, amount, platform
 * relevance), round-robin across platforms, at most 5 (2 for improvement-only summaries).
 */
final class PerfherderPicker {

  private static final List<String> PLATFORMS =
      List.of("windows10", "linux", "osx", "android", "windows7");

  private PerfherderPicker() {}

  static List<Alert> pick(AlertSummary summary) {
    List<Alert> candidates =
        summary.alerts().stream()
            .filter(a -> a.status() == AlertStatus.UNTRIAGED)
            .filter(a -> platformIndex(a) >= 0)
            .toList();
    List<Alert> distinct = distinctJobs(candidates);
    List<Alert> sorted = new ArrayList<>(distinct);
    sorted.sort(
        Comparator.comparing(Alert::regression)
            .thenComparing(a -> a.noiseProfile().equals("OK"))
            .thenComparing(Alert::amountPct)
            .thenComparing(a -> PLATFORMS.size() - platformIndex(a))
            .reversed());
    List<Alert> regressions = roundRobin(sorted.stream().filter(Alert::regression).toList());
    List<Alert> improvements = roundRobin(sorted.stream().filter(a -> !a.regression()).toList());
    List<Alert> picked;
    if (regressions.isEmpty()) {
      picked = improvements;
      return picked.subList(0, Math.min(2, picked.size()));
    }
    picked = new ArrayList<>(regressions);
    if (!improvements.isEmpty()) {
      picked.set(picked.size() - 1, improvements.get(0));
      picked.add(improvements.get(0));
    }
    return picked.subList(0, Math.min(5, picked.size()));
  }

  private static int platformIndex(Alert alert) {
    for (int i = 0; i < PLATFORMS.size(); i++) {
      if (alert.machinePlatform().contains(PLATFORMS.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Consecutive alerts of one job collapse into the suite-level one, else the first. */
  private static List<Alert> distinctJobs(List<Alert> alerts) {
    List<Alert> kept = new ArrayList<>();
    List<Alert> group = new ArrayList<>();
    for (Alert alert : alerts) {
      if (!group.isEmpty() && !job(group.get(0)).equals(job(alert))) {
        kept.add(representative(group));
        group.clear();
      }
      group.add(alert);
    }
    if (!group.isEmpty()) {
      kept.add(representative(group));
    }
    return kept;
  }

  private static String job(Alert alert) {
    return alert.taskId() != null ? alert.taskId() : AlertRanking.jobKey(alert);
  }

  private static Alert representative(List<Alert> group) {
    return group.stream()
        .filter(
            a ->
                a.signature().test().isEmpty()
                    || a.signature().test().equals(a.signature().suite()))
        .findFirst()
        .orElse(group.get(0));
  }

  private static List<Alert> roundRobin(List<Alert> alerts) {
    Map<Integer, List<Alert>> perPlatform = new LinkedHashMap<>();
    for (int i = 0; i < PLATFORMS.size(); i++) {
      perPlatform.put(i, new ArrayList<>());
    }
    alerts.forEach(a -> perPlatform.get(platformIndex(a)).add(a));
    List<Alert> result = new ArrayList<>();
    for (int round = 0; result.size() < alerts.size(); round++) {
      for (List<Alert> queue : perPlatform.values()) {
        if (round < queue.size()) {
          result.add(queue.get(round));
        }
      }
    }
    return result;
  }
}
