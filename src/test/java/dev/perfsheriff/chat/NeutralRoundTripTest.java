package dev.perfsheriff.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.card.CardBuilder;
import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.card.CardPublisher;
import dev.perfsheriff.chat.card.FixtureSummaries;
import dev.perfsheriff.chat.card.PlanPreviewText;
import dev.perfsheriff.chat.card.SummaryCard;
import dev.perfsheriff.chat.card.WorkflowFacts;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.CommandPrefix;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.dispatch.ChatDispatcher;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.CommandRoutes;
import dev.perfsheriff.chat.dispatch.HandoffPing;
import dev.perfsheriff.chat.dispatch.HelpHandler;
import dev.perfsheriff.chat.dispatch.OnCallHandler;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.AnnouncedCards;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.ledger.ShiftSchedule;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.JobKind;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rehearsal of the seams on the neutral layer: new summary → card → pick (button) → retrigger
 * plan preview with quota → handoff → ping → card updated. The workflow's decisions and the
 * ledger's numbers are scripted here in a few lines each; the wiring step replaces exactly these
 * scripted routes with the workflow service and the ledger.
 */
class NeutralRoundTripTest {

  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
  private static final Actor ALICE = new Actor("console", "alice", "Alice");
  private static final ChatProperties CONFIG =
      new ChatProperties(
          new ChatProperties.Sheriffs(List.of("console:alice"), List.of("console:bob")),
          Map.of(),
          new ChatProperties.Rotation(
              List.of(new ChatProperties.Rotation.Entry("day", null, "console:bob")), List.of()),
          ChatProperties.Commands.defaults());

  private final AlertSummary summary =
      FixtureSummaries.first("alert_summary_regressions_and_improvements.json");
  private final RecordingChatPlatform console = new RecordingChatPlatform("console");
  private final Map<SummaryId, MessageRef> cards = new HashMap<>();
  private final CardLinks links = new CardLinks(URI.create("https://treeherder.test"));
  private final CardPublisher publisher =
      new CardPublisher(List.of(console), new Announcements(), new CardBuilder(links, 5));
  private final Roles roles = new Roles(CONFIG);
  private final Rotation rotation =
      new Rotation(CONFIG.rotation(), new ShiftSchedule(new QuotaProperties(100, null)), roles);
  private WorkflowFacts facts = WorkflowFacts.initial(summary);

  @Test
  void fromNewSummaryToHandoffOnTheNeutralLayer() {
    ChatDispatcher dispatcher = dispatcher();
    SummaryCard announced = publisher.publish(summary, facts);
    MessageRef card = cards.get(summary.id());

    dispatcher.dispatch(
        ChatRequest.pressed(ALICE, "cherry_pick", "29340", card, CommandPrefix.BANG));
    Reply preview =
        dispatcher
            .dispatch(ChatRequest.typed(ALICE, "!perf retrigger 29340", card, CommandPrefix.BANG))
            .orElseThrow();
    dispatcher.dispatch(
        ChatRequest.typed(ALICE, "!perf handoff 29340 noisy on linux", card, CommandPrefix.BANG));

    assertThat(announced.alerts()).noneMatch(SummaryCard.CardAlert::picked);
    assertThat(preview.message().plainText())
        .contains("Round 1 of summary 29340: 20 jobs.")
        .contains("linux: 20 jobs, 85 left this shift")
        .contains("!perf retrigger 29340 confirm");
    assertThat(console.sent)
        .extracting(RecordingChatPlatform.Sent::kind)
        .containsExactly("announce", "replace", "ping bob", "replace");
    assertThat(console.sent.get(2).text())
        .startsWith("@console:bob: summary 29340")
        .contains("handed off by Alice (console:alice) to you.")
        .endsWith("Note: noisy on linux");
    SummaryCard handedOff = publisher.publish(summary, facts);
    assertThat(handedOff.state()).isEqualTo("dataready");
    assertThat(handedOff.alerts().get(0).picked()).isTrue();
  }

  private ChatDispatcher dispatcher() {
    CommandGrammar grammar = new CommandGrammar(CONFIG.commands());
    HandoffPing ping = new HandoffPing(rotation, links);
    CommandRoutes routes =
        new CommandRoutes()
            .route(Command.Help.class, new HelpHandler(grammar))
            .route(
                Command.OnCall.class,
                new OnCallHandler(rotation, Clock.fixed(NOON, ZoneOffset.UTC)))
            .route(Command.PickRecommended.class, (command, context) -> pickWorst())
            .route(Command.Retrigger.class, (command, context) -> preview(context.prefix()))
            .route(Command.Handoff.class, (command, context) -> handOff(ping, command, context));
    return new ChatDispatcher(new CommandParser(grammar), new HelpText(grammar), roles, routes);
  }

  /** Scripted workflow: the recommendation is the first regression. */
  private Reply pickWorst() {
    var worst = summary.alerts().stream().filter(a -> a.regression()).findFirst().orElseThrow();
    facts = withState("untriaged", Set.of(worst.id()));
    publisher.publish(summary, facts);
    return Reply.publicly(ChatMessage.text("picked " + worst.id()), Optional.of(summary.id()));
  }

  /** Scripted workflow plan (5 revisions × 4 points) and ledger numbers (15 used of 100). */
  private Reply preview(CommandPrefix prefix) {
    var alert = summary.alerts().stream().filter(a -> facts.picks().contains(a.id())).findFirst();
    var job =
        new PlannedJob(
            alert.get().id(),
            summary.repository(),
            summary.revision(),
            alert.get().signature(),
            JobKind.RETRIGGER,
            20,
            null);
    var plan = new RetriggerPlan(summary.id(), 1, List.of(job), List.of());
    Platform linux = Platform.of("linux");
    var window = new ShiftSchedule(new QuotaProperties(100, null)).at(NOON).get().window();
    var platforms =
        PlanPreviewText.perPlatform(
            plan,
            Map.of(job.machinePlatform(), linux),
            Map.of(linux, new QuotaStatus(linux, window, 100, 15)));
    return Reply.privately(PlanPreviewText.preview(plan, platforms, prefix));
  }

  private Reply handOff(HandoffPing ping, Command.Handoff command, CommandContext c) {
    HandoffPing.Ping message = ping.compose(command.summaryId(), c.actor(), command.note(), NOON);
    console.ping(
        cards.get(command.summaryId()), message.sheriff().orElseThrow(), message.message());
    facts = withState("dataready", facts.picks());
    publisher.publish(summary, facts);
    return Reply.publicly(ChatMessage.text("handed off"), command.summary());
  }

  private WorkflowFacts withState(String state, Set<AlertId> picks) {
    return new WorkflowFacts(
        state, 1, false, picks, List.of(), Optional.empty(), List.of(), List.of(), List.of());
  }

  /** Announcement records in memory (the database's unique key in production). */
  private final class Announcements implements AnnouncedCards {
    @Override
    public boolean claim(SummaryId id, String platform) {
      return !cards.containsKey(id);
    }

    @Override
    public void confirm(SummaryId id, String platform, MessageRef card) {
      cards.put(id, card);
    }

    @Override
    public Optional<MessageRef> cardOf(SummaryId id, String platform) {
      return Optional.ofNullable(cards.get(id));
    }
  }
}
