package dev.perfsheriff.chat.console;

import static dev.perfsheriff.chat.console.ConsoleHtml.escape;

import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.load.CiLoad;
import dev.perfsheriff.taskcluster.load.PoolLoad;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page's side panel, read afresh on every request: where the summaries come from (the demo, or
 * Perfherder and whether it answers), the perf sheriff on duty, quota per platform, CI load from
 * the stored samples (never a live Taskcluster call, so the panel is always quick), and the open
 * summaries per workflow state.
 */
final class SidePanel {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final SourceStatus source;
  private final Rotation rotation;
  private final QuotaLedger ledger;
  private final List<Platform> platforms;
  private final CiLoad load;
  private final TaskclusterProperties taskcluster;
  private final WorkflowReports reports;
  private final Clock clock;

  SidePanel(
      SourceStatus source,
      Rotation rotation,
      QuotaLedger ledger,
      QuotaProperties quota,
      CiLoad load,
      TaskclusterProperties taskcluster,
      WorkflowReports reports,
      Clock clock) {
    this.source = source;
    this.rotation = rotation;
    this.ledger = ledger;
    this.platforms =
        quota.platforms().stream().map(rule -> Platform.of(rule.family())).distinct().toList();
    this.load = load;
    this.taskcluster = taskcluster;
    this.reports = reports;
    this.clock = clock;
  }

  String html() {
    Instant now = clock.instant();
    return source.html() + onDuty(now) + quota(now) + ciLoad(now) + states();
  }

  private String onDuty(Instant now) {
    String who =
        rotation
            .onDuty(now)
            .map(
                duty ->
                    escape(duty.sheriff().name())
                        + " ("
                        + escape(duty.shift().window().shift())
                        + " shift, until "
                        + TIME.format(duty.shift().window().end())
                        + ")")
            .orElse("nobody is scheduled (perfsheriff.rotation)");
    return "<section id=\"on-duty\"><h2>Perf sheriff on duty</h2><p>" + who + "</p></section>";
  }

  private String quota(Instant now) {
    StringBuilder html = new StringBuilder("<section id=\"quota\"><h2>Quota this shift</h2><ul>");
    for (Platform platform : platforms) {
      QuotaStatus status = ledger.remaining(platform, now);
      html.append("<li>")
          .append(escape(platform.name()))
          .append(": ")
          .append(status.left())
          .append(" of ")
          .append(status.cap())
          .append(" left</li>");
    }
    return html.append("</ul></section>").toString();
  }

  private String ciLoad(Instant now) {
    Map<String, PoolLoad> latest = new LinkedHashMap<>();
    load.history(now.minus(taskcluster.loadMaxAge()), now.plusSeconds(1))
        .forEach(sample -> latest.put(sample.taskQueueId(), sample));
    StringBuilder html = new StringBuilder("<section id=\"ci-load\"><h2>CI load</h2>");
    if (latest.isEmpty()) {
      html.append("<p>No sample in the last ")
          .append(taskcluster.loadMaxAge().toMinutes())
          .append(" min; <code>!perf load</code> reads it now.</p>");
    } else {
      html.append("<ul>");
      latest
          .values()
          .forEach(
              p ->
                  html.append("<li>")
                      .append(escape(p.describe()))
                      .append(" — ")
                      .append(p.level().name().toLowerCase(Locale.ROOT))
                      .append("</li>"));
      html.append("</ul>");
    }
    return html.append("</section>").toString();
  }

  private String states() {
    Map<WorkflowState, Integer> counts = new EnumMap<>(WorkflowState.class);
    List<WorkflowRecord> open = new ArrayList<>(reports.dashboard(Role.CODE_SHERIFF));
    open.addAll(reports.dashboard(Role.PERF_SHERIFF));
    open.forEach(record -> counts.merge(record.state(), 1, Integer::sum));
    StringBuilder html = new StringBuilder("<section id=\"states\"><h2>Open summaries</h2><ul>");
    for (WorkflowState state : WorkflowState.values()) {
      if (state.dashboard().isPresent()) {
        html.append("<li data-state=\"")
            .append(escape(state.label()))
            .append("\">")
            .append(escape(state.label()))
            .append(": ")
            .append(counts.getOrDefault(state, 0))
            .append("</li>");
      }
    }
    return html.append("</ul></section>").toString();
  }
}
