package dev.perfsheriff.chat.slack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.card.CardBuilder;
import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.card.WorkflowFacts;
import dev.perfsheriff.chat.card.WorkflowFacts.PlatformPlan;
import dev.perfsheriff.chat.slack.blocks.CardBlocks;
import dev.perfsheriff.chat.slack.blocks.SlackCard;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackCardRendererTest {

  private static final CardBuilder BUILDER =
      new CardBuilder(new CardLinks(URI.create("https://treeherder.test")), 3);
  private final AlertSummary summary =
      PerfherderFixtures.first("alert_summary_regressions_and_improvements.json");

  @Test
  void aNewSummaryRendersAsTheContractCardWithTheFourButtons() {
    SlackCard card =
        SlackCardRenderer.render(BUILDER.build(summary, WorkflowFacts.initial(summary)));

    assertThat(card.summaryId()).isEqualTo(summary.id());
    assertThat(card.title())
        .startsWith("*<https://treeherder.test/perfherder/alerts?id=" + summary.id().value() + "|")
        .contains(summary.repository().name());
    assertThat(card.state()).isEqualTo("untriaged");
    assertThat(card.lines()).anyMatch(line -> line.contains("(alert "));
    assertThat(card.lines()).anyMatch(line -> line.contains("more alert"));
    ActionsBlock actions =
        CardBlocks.blocks(card).stream()
            .filter(ActionsBlock.class::isInstance)
            .map(ActionsBlock.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(actions.getElements())
        .map(ButtonElement.class::cast)
        .extracting(ButtonElement::getActionId)
        .containsExactlyElementsOf(ActionId.TRIAGE.stream().map(ActionId::id).toList());
    assertThat(actions.getElements())
        .map(ButtonElement.class::cast)
        .extracting(ButtonElement::getValue)
        .containsOnly(Long.toString(summary.id().value()));
    assertThat(CardBlocks.metadata(summary.id().value()).getEventPayload())
        .containsEntry("summary_id", summary.id().value());
  }

  @Test
  void aRoundInProgressShowsItsPlanAndWhenItsDataIsReady() {
    WorkflowFacts collecting = facts(false);
    WorkflowFacts ready = facts(true);

    SlackCard during = SlackCardRenderer.render(BUILDER.build(summary, collecting));
    SlackCard after = SlackCardRenderer.render(BUILDER.build(summary, ready));

    assertThat(during.state()).isEqualTo("confirming · round 1: collecting data");
    assertThat(after.state()).isEqualTo("confirming · round 1: data ready");
    assertThat(during.lines())
        .contains("*Plan:* linux 12 jobs (88 left), mac 30 jobs (20 left, does not fit)");
    assertThat(during.lines().get(0)).startsWith("✅ ");
  }

  @Test
  void textFromPerfherderCannotBecomeSlackMarkup() {
    SummaryCard card = BUILDER.build(summary, WorkflowFacts.initial(summary));
    SummaryCard hostile =
        new SummaryCard(
            card.id(),
            new SummaryCard.Title("<!channel>", "a&b", "x..y", Optional.of("<@U1>")),
            "untriaged",
            0,
            false,
            card.alerts(),
            0,
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            card.actions(),
            List.of());

    SlackCard rendered = SlackCardRenderer.render(hostile);

    assertThat(rendered.title())
        .isEqualTo("*&lt;!channel&gt; · a&amp;b · x..y · worst: &lt;@U1&gt;*");
  }

  private WorkflowFacts facts(boolean roundComplete) {
    return new WorkflowFacts(
        "confirming",
        1,
        roundComplete,
        Set.of(summary.alerts().get(0).id()),
        List.of(),
        Optional.empty(),
        List.of(
            new PlatformPlan(Platform.of("linux"), 12, 88),
            new PlatformPlan(Platform.of("mac"), 30, 20)),
        List.of(),
        List.of());
  }
}
