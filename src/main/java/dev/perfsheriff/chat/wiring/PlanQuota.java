package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.card.PlanPreviewText;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.ledger.UnknownPlatformException;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan's jobs per quota platform next to what each platform has left in the current shift. */
public final class PlanQuota {

  private final QuotaLedger ledger;
  private final Clock clock;

  public PlanQuota(QuotaLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * One line per quota platform of the plan.
   *
   * @throws UnknownPlatformException when the ledger cannot map one of the plan's machine platforms
   */
  public List<PlatformPlan> perPlatform(RetriggerPlan plan) {
    Map<String, Platform> platformOf = new HashMap<>();
    Map<Platform, QuotaStatus> quota = new HashMap<>();
    for (String machine : plan.jobsPerMachinePlatform().keySet()) {
      Platform platform = ledger.platformOf(machine);
      platformOf.put(machine, platform);
      quota.computeIfAbsent(platform, p -> ledger.remaining(p, clock.instant()));
    }
    return PlanPreviewText.perPlatform(plan, platformOf, quota);
  }
}
