package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds summaries and alerts for tests, with readable defaults. */
public final class Summaries {

  public static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private Summaries() {}

  public static Revision rev(int n) {
    return Revision.of(String.format("%012x", 0xabc000000000L + n));
  }

  public static SeriesSignature signature(long id, String suite, String test, String platform) {
    return new SeriesSignature(
        id, "h" + id, 1, suite, test, platform, "opt", List.of("e10s"), true);
  }

  /** An untriaged alert; {@code signatureId} doubles as the alert id's base. */
  public static Alert alert(
      long id,
      String suite,
      String test,
      String platform,
      boolean regression,
      double pct,
      double t,
      String noise) {
    return new Alert(
        AlertId.of(id),
        SummaryId.of(1),
        AlertStatus.UNTRIAGED,
        signature(id, suite, test, platform),
        regression,
        100,
        regression ? 100 + pct : 100 - pct,
        pct,
        t,
        noise,
        false,
        null,
        "task-" + id,
        false);
  }

  /** The alert with Sherlock's backfill record. */
  public static Alert withSherlock(Alert alert, SherlockBackfill sherlock) {
    return new Alert(
        alert.id(),
        alert.summaryId(),
        alert.status(),
        alert.signature(),
        alert.regression(),
        alert.prevValue(),
        alert.newValue(),
        alert.amountPct(),
        alert.tValue(),
        alert.noiseProfile(),
        alert.starred(),
        alert.relatedSummaryId(),
        alert.taskId(),
        alert.manuallyCreated(),
        sherlock);
  }

  public static Alert withStatus(Alert alert, AlertStatus status, SummaryId related) {
    return new Alert(
        alert.id(),
        alert.summaryId(),
        status,
        alert.signature(),
        alert.regression(),
        alert.prevValue(),
        alert.newValue(),
        alert.amountPct(),
        alert.tValue(),
        alert.noiseProfile(),
        alert.starred(),
        related,
        alert.taskId(),
        alert.manuallyCreated(),
        alert.sherlock());
  }

  public static Builder summary(long id) {
    return new Builder(id);
  }

  /** Fluent summary builder. */
  public static final class Builder {
    private final long id;
    private String repository = "autoland";
    private int framework = 1;
    private Revision revision = rev(10);
    private Instant created = T0;
    private SummaryStatus status = SummaryStatus.UNTRIAGED;
    private final List<Alert> alerts = new ArrayList<>();
    private Long bug;

    Builder(long id) {
      this.id = id;
    }

    public Builder repository(String name) {
      repository = name;
      return this;
    }

    public Builder framework(int frameworkId) {
      framework = frameworkId;
      return this;
    }

    public Builder revision(Revision value) {
      revision = value;
      return this;
    }

    public Builder created(Instant value) {
      created = value;
      return this;
    }

    public Builder status(SummaryStatus value) {
      status = value;
      return this;
    }

    public Builder bug(Long value) {
      bug = value;
      return this;
    }

    public Builder alerts(Alert... values) {
      alerts.addAll(List.of(values));
      return this;
    }

    public AlertSummary build() {
      return new AlertSummary(
          SummaryId.of(id),
          Repository.of(repository),
          framework,
          framework == 1 ? "talos" : "other",
          100 + id,
          99 + id,
          revision,
          rev(1),
          created.minusSeconds(600),
          created,
          status,
          alerts,
          List.of(),
          "",
          bug,
          null,
          List.of());
    }
  }
}
