package dev.perfsheriff.chat.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.ledger.ReservationResult;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.ShiftWindow;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan preview shows jobs per quota platform next to what is left; refusals give numbers. */
class PlanPreviewTextTest {

  private static final Platform LINUX = Platform.of("linux");
  private static final Platform WINDOWS = Platform.of("windows");
  private static final ShiftWindow DAY =
      new ShiftWindow(
          "day", Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T16:00:00Z"));
  private static final RetriggerPlan PLAN =
      new RetriggerPlan(
          SummaryId.of(29340),
          1,
          List.of(
              job("linux1804-64-shippable-qr", JobKind.RETRIGGER, 12),
              job("linux2204-64-wayland-shippable", JobKind.BACKFILL, 3),
              job("windows11-64-24h2-shippable", JobKind.RETRIGGER, 15)),
          List.of("revision abe088b82e73 already has 4 points: skipped"));
  private static final Map<String, Platform> POOLS =
      Map.of(
          "linux1804-64-shippable-qr", LINUX,
          "linux2204-64-wayland-shippable", LINUX,
          "windows11-64-24h2-shippable", WINDOWS);

  @Test
  void jobsAreSummedPerQuotaPlatform() {
    List<PlatformPlan> plans = PlanPreviewText.perPlatform(PLAN, POOLS, quota(85, 10));

    assertThat(plans)
        .containsExactly(new PlatformPlan(LINUX, 15, 85), new PlatformPlan(WINDOWS, 15, 10));
    assertThat(plans.get(1).fits()).isFalse();
  }

  @Test
  void aPlanThatFitsEndsWithHowToConfirmIt() {
    var plans = PlanPreviewText.perPlatform(PLAN, POOLS, quota(85, 90));

    assertThat(PlanPreviewText.preview(PLAN, plans, CommandPrefix.SLASH).plainText())
        .isEqualTo(
            "Round 1 of summary 29340: 30 jobs.\n"
                + "• linux: 15 jobs, 85 left this shift\n"
                + "• windows: 15 jobs, 90 left this shift\n"
                + "revision abe088b82e73 already has 4 points: skipped\n"
                + "To trigger it: `/perf retrigger 29340 confirm`");
  }

  @Test
  void aPlanOverTheQuotaSaysSoInsteadOfOfferingToConfirm() {
    var plans = PlanPreviewText.perPlatform(PLAN, POOLS, quota(85, 10));

    assertThat(PlanPreviewText.preview(PLAN, plans, CommandPrefix.BANG).plainText())
        .contains("• windows: 15 jobs, 10 left this shift — does not fit")
        .doesNotContain("confirm")
        .endsWith("This plan exceeds the quota; unpick alerts or wait for the next shift.");
  }

  @Test
  void refusalsNameEachPlatformsShortfallAndTheReset() {
    var refused =
        new ReservationResult.Refused(
            "key", DAY, Map.of(WINDOWS, new ReservationResult.Shortfall(15, 10, 100)));

    assertThat(PlanPreviewText.refusal(refused).plainText())
        .isEqualTo(
            "Not triggered: the quota of this shift (day) is too small.\n"
                + "• windows: needs 15 jobs, 10 left of 100\n"
                + "The quota resets at 16:00 UTC.");
  }

  private static Map<Platform, QuotaStatus> quota(int linuxLeft, int windowsLeft) {
    return Map.of(
        LINUX, new QuotaStatus(LINUX, DAY, 100, 100 - linuxLeft),
        WINDOWS, new QuotaStatus(WINDOWS, DAY, 100, 100 - windowsLeft));
  }

  private static PlannedJob job(String machinePlatform, JobKind kind, int count) {
    var signature =
        new SeriesSignature(1, null, 1, "tp5n", "", machinePlatform, null, List.of(), true);
    return new PlannedJob(
        AlertId.of(7),
        Repository.of("autoland"),
        Revision.of("eaff07d79af3"),
        signature,
        kind,
        count,
        null,
        kind == JobKind.BACKFILL ? 1 : 0);
  }
}
