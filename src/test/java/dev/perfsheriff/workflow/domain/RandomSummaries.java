package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates summaries and revision data from a seed, for the property tests. */
final class RandomSummaries {

  private static final String[] SUITES = {
    "tp5o", "damp", "ts_paint", "a11yr", "speedometer3", "sessionrestore", "tsvgx"
  };
  private static final String[] TESTS = {"", "", "responsiveness", "total", "jQuery"};
  private static final String[] PLATFORMS = {
    "linux1804-64-shippable-qr",
    "linux64",
    "windows11-64-24h2-shippable",
    "windows10-64",
    "macosx1100-64-shippable-qr",
    "android-hw-a55-14-0-aarch64-shippable"
  };
  private static final String[] NOISE = {"OK", "OK", "N/A", "SKEWED", "OUTLIERS", "MODAL", null};
  private static final AlertStatus[] STATUSES = {
    AlertStatus.UNTRIAGED,
    AlertStatus.UNTRIAGED,
    AlertStatus.UNTRIAGED,
    AlertStatus.ACKNOWLEDGED,
    AlertStatus.INVALID,
    AlertStatus.DOWNSTREAM,
    AlertStatus.REASSIGNED,
    AlertStatus.INFRA
  };

  final Random random;
  final AlertSummary summary;
  final List<Revision> history = new ArrayList<>();

  RandomSummaries(long seed) {
    random = new Random(seed);
    int center = random.nextInt(9);
    for (int i = 0; i < 9; i++) {
      history.add(Revision.of(String.format("%012x", 0xfeed00000000L + i)));
    }
    List<Alert> alerts = new ArrayList<>();
    int count = 1 + random.nextInt(15);
    for (int i = 0; i < count; i++) {
      alerts.add(alert(100 + i));
    }
    summary =
        new AlertSummary(
            SummaryId.of(1),
            Repository.of("autoland"),
            1,
            "talos",
            10,
            9,
            history.get(center),
            history.get(0),
            Summaries.T0,
            Summaries.T0,
            SummaryStatus.UNTRIAGED,
            alerts,
            List.of(),
            "",
            null,
            null,
            List.of());
  }

  private Alert alert(long id) {
    String suite = pick(SUITES);
    String platform = pick(PLATFORMS);
    SeriesSignature signature =
        new SeriesSignature(
            (suite + platform).hashCode() * 31L + id,
            null,
            1,
            suite,
            pick(TESTS),
            platform,
            "opt",
            random.nextBoolean() ? List.of("e10s") : List.of(),
            true);
    AlertStatus status = pick(STATUSES);
    SummaryId related =
        status == AlertStatus.DOWNSTREAM || status == AlertStatus.REASSIGNED
            ? SummaryId.of(random.nextBoolean() ? 1 : 2)
            : null;
    Double t = random.nextInt(5) == 0 ? null : 1 + random.nextInt(200) / 10.0;
    return new Alert(
        AlertId.of(id),
        SummaryId.of(1),
        status,
        signature,
        random.nextBoolean(),
        100,
        110,
        0.5 + random.nextInt(500) / 10.0,
        t,
        pick(NOISE),
        false,
        related,
        random.nextBoolean() ? "task-" + id : null,
        false);
  }

  /** Random points (0 to 6) for every alert's series on every revision. */
  FakeRevisionData revisionData() {
    FakeRevisionData data =
        new FakeRevisionData().history("autoland", history.toArray(Revision[]::new));
    for (Alert alert : summary.alerts()) {
      for (Revision revision : history) {
        int points = random.nextInt(4) == 0 ? 0 : random.nextInt(7);
        data.points("autoland", alert.signature().id(), revision, points);
      }
    }
    return data;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
