package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.SummaryCard.CardAlert;
import dev.perfsheriff.chat.card.SummaryCard.Title;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds a {@link SummaryCard} from a summary and the workflow's facts about it. Pure: the same
 * inputs give the same card, which is why a card is always rebuilt and never patched.
 */
public final class CardBuilder {

  /** Regressions before improvements, larger changes first, then by id for a stable order. */
  private static final Comparator<Alert> BY_WEIGHT =
      Comparator.comparing((Alert alert) -> !alert.regression())
          .thenComparing(Comparator.comparingDouble(Alert::amountPct).reversed())
          .thenComparing(Alert::id);

  private final CardLinks links;
  private final int shownAlerts;

  /**
   * @param links builds the Perfherder and Treeherder links
   * @param shownAlerts alerts shown before the rest is folded into a count ({@code
   *     perfsheriff.commands.card-alerts})
   */
  public CardBuilder(CardLinks links, int shownAlerts) {
    if (shownAlerts <= 0) {
      throw new IllegalArgumentException("a card shows at least one alert");
    }
    this.links = links;
    this.shownAlerts = shownAlerts;
  }

  public SummaryCard build(AlertSummary summary, WorkflowFacts facts) {
    Predicate<Alert> picked = alert -> facts.picks().contains(alert.id());
    List<Alert> ordered =
        summary.alerts().stream()
            .sorted(
                Comparator.comparing((Alert alert) -> !picked.test(alert)).thenComparing(BY_WEIGHT))
            .toList();
    List<CardAlert> shown =
        ordered.stream().limit(shownAlerts).map(alert -> line(alert, picked.test(alert))).toList();
    Optional<Alert> worst = worstRegression(summary);
    return new SummaryCard(
        summary.id(),
        title(summary, worst),
        facts.state(),
        facts.round(),
        facts.roundComplete(),
        shown,
        ordered.size() - shown.size(),
        facts.recommendedPicks(),
        facts.downstream(),
        facts.plan(),
        facts.readiness(),
        facts.similar(),
        links.forSummary(summary, worst.or(() -> ordered.stream().findFirst())),
        actionsFor(facts.state()),
        facts.due());
  }

  /**
   * The buttons a card in {@code state} offers: the code sheriff's four until the handoff, the perf
   * sheriff's once the summary is in their queue, none once it is closed (reopen is typed).
   */
  static List<ActionId> actionsFor(String state) {
    WorkflowState known;
    try {
      known = WorkflowState.fromLabel(state);
    } catch (IllegalArgumentException e) {
      return ActionId.TRIAGE;
    }
    if (known.isClosed()) {
      return List.of();
    }
    return known.dashboard().orElseThrow() == Role.PERF_SHERIFF
        ? ActionId.PERF_SHERIFF
        : ActionId.TRIAGE;
  }

  private static Optional<Alert> worstRegression(AlertSummary summary) {
    return summary.alerts().stream().filter(Alert::regression).min(BY_WEIGHT);
  }

  private static Title title(AlertSummary summary, Optional<Alert> worst) {
    String range = summary.prevRevision().shortForm() + ".." + summary.revision().shortForm();
    return new Title(
        summary.framework(),
        summary.repository().name(),
        range,
        worst.map(
            alert ->
                alert.testName()
                    + " "
                    + alert.machinePlatform()
                    + " "
                    + String.format(Locale.ROOT, "%.1f%%", alert.amountPct())));
  }

  private static CardAlert line(Alert alert, boolean picked) {
    return new CardAlert(
        alert.id(),
        alert.testName(),
        alert.machinePlatform(),
        alert.amountPct(),
        alert.regression(),
        alert.tValue(),
        alert.noiseProfile(),
        picked,
        alert.sherlock() == null ? "" : alert.sherlock().describe());
  }
}
