package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.dispatch.CommandContext;
import dev.perfsheriff.chat.dispatch.StatusViews;
import dev.perfsheriff.chat.message.Block.Paragraph;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.message.Inline;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaReports;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.load.CiLoad;
import dev.perfsheriff.taskcluster.load.PoolLoad;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.domain.BugTimeReport;
import dev.perfsheriff.workflow.domain.CaseReport;
import dev.perfsheriff.workflow.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code quota} from the ledger, {@code load} from the CI load samples, {@code report}. */
public final class StatusHandlers implements StatusViews {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final QuotaLedger ledger;
  private final QuotaReports usage;
  private final List<Platform> platforms;
  private final CiLoad load;
  private final TaskclusterProperties taskcluster;
  private final WorkflowReports reports;
  private final ChatWork work;
  private final Clock clock;

  public StatusHandlers(
      QuotaLedger ledger,
      QuotaReports usage,
      QuotaProperties quota,
      CiLoad load,
      TaskclusterProperties taskcluster,
      WorkflowReports reports,
      ChatWork work,
      Clock clock) {
    this.ledger = ledger;
    this.usage = usage;
    this.platforms =
        quota.platforms().stream().map(rule -> Platform.of(rule.family())).distinct().toList();
    this.load = load;
    this.taskcluster = taskcluster;
    this.reports = reports;
    this.work = work;
    this.clock = clock;
  }

  @Override
  public Reply quota(Command.Quota command, CommandContext context) {
    Instant now = clock.instant();
    List<Platform> asked = command.platform().map(List::of).orElse(platforms);
    if (command.platform().isPresent() && !platforms.contains(command.platform().get())) {
      return Reply.privately(
          ChatMessage.text(
              "There is no quota platform `"
                  + command.platform().get()
                  + "`; the platforms are "
                  + platforms
                  + "."));
    }
    List<QuotaStatus> statuses = asked.stream().map(p -> ledger.remaining(p, now)).toList();
    ChatMessage.Builder reply =
        ChatMessage.builder()
            .line(
                "Quota of the "
                    + statuses.get(0).shift().shift()
                    + " shift (resets at "
                    + TIME.format(statuses.get(0).shift().end())
                    + "):");
    reply.bullets(
        statuses.stream()
            .map(
                s ->
                    paragraph(
                        s.platform()
                            + ": "
                            + s.used()
                            + " of "
                            + s.cap()
                            + " used, "
                            + s.left()
                            + " left"))
            .toList());
    return Reply.publicly(reply.build(), Optional.empty());
  }

  @Override
  public Reply load(Command.Load command, CommandContext context) {
    return work.answer(context, "load", this::currentLoad);
  }

  @Override
  public Reply report(Command.Report command, CommandContext context) {
    Instant now = clock.instant();
    Instant monthStart =
        now.atZone(ZoneOffset.UTC)
            .toLocalDate()
            .withDayOfMonth(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    CaseReport cases = reports.cases(monthStart, now);
    BugTimeReport bugs = reports.bugTimes(monthStart, now);
    ChatMessage.Builder reply = ChatMessage.builder().line("This month so far:");
    reply.bullets(
        List.of(
            paragraph(
                "Open: "
                    + reports.dashboard(Role.CODE_SHERIFF).size()
                    + " with the code sheriffs, "
                    + reports.dashboard(Role.PERF_SHERIFF).size()
                    + " with the perf sheriffs"),
            paragraph("Time to bug: " + counts(bugs)),
            paragraph("Workflow cases: " + cases.total()),
            paragraph("Quota used this shift: " + usage.usage(now).countedPerPlatform())));
    return Reply.publicly(reply.build(), Optional.empty());
  }

  private Reply currentLoad() {
    Instant now = clock.instant();
    Map<String, PoolLoad> latest = new LinkedHashMap<>();
    load.history(now.minus(taskcluster.loadMaxAge()), now.plusSeconds(1))
        .forEach(sample -> latest.put(sample.taskQueueId(), sample));
    List<PoolLoad> pools = latest.isEmpty() ? load.sampleNow() : List.copyOf(latest.values());
    if (pools.isEmpty()) {
      return Reply.privately(
          ChatMessage.text("The load of the perf pools cannot be read right now."));
    }
    return Reply.publicly(
        ChatMessage.builder()
            .line("Perf pools:")
            .bullets(
                pools.stream()
                    .map(
                        p ->
                            paragraph(
                                p.describe() + " — " + p.level().name().toLowerCase(Locale.ROOT)))
                    .toList())
            .build(),
        Optional.empty());
  }

  private static String counts(BugTimeReport bugs) {
    StringBuilder text = new StringBuilder();
    for (BugTimeReport.Verdict verdict : BugTimeReport.Verdict.values()) {
      text.append(text.isEmpty() ? "" : ", ")
          .append(verdict.name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(' ')
          .append(bugs.count(verdict));
    }
    return text.toString();
  }

  private static Paragraph paragraph(String text) {
    return new Paragraph(List.of(new Inline.Text(text)));
  }
}
