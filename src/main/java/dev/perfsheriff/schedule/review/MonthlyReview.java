package dev.perfsheriff.schedule.review;

import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.schedule.ScheduleProperties;
import dev.perfsheriff.schedule.charts.BarChart;
import dev.perfsheriff.schedule.posts.Post;
import dev.perfsheriff.schedule.posts.ScheduledPosts;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.domain.BugTimeReport;
import dev.perfsheriff.workflow.domain.CaseBucket;
import dev.perfsheriff.workflow.domain.CaseKind;
import dev.perfsheriff.workflow.domain.CaseReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The monthly review of a calendar month (in the schedule's zone): workflow cases recorded per kind
 * and bucket, and the time to bug of the regression summaries created in it, with a bar chart of
 * the buckets; and the same numbers as CSV.
 */
@Service
public class MonthlyReview {

  public static final String JOB = "monthly-review";
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final WorkflowReports reports;
  private final ScheduledPosts posts;
  private final ScheduleProperties schedule;

  MonthlyReview(WorkflowReports reports, ScheduledPosts posts, ScheduleProperties schedule) {
    this.reports = reports;
    this.posts = posts;
    this.schedule = schedule;
  }

  /** Publishes the review of the month before {@code slot}'s month, once per month. */
  public void run(Instant slot) {
    YearMonth past = YearMonth.from(slot.atZone(schedule.zone())).minusMonths(1);
    posts.publish(JOB + ":" + past, List.of(compose(past)));
  }

  public Post compose(YearMonth month) {
    CaseReport cases = reports.cases(start(month), start(month.plusMonths(1)));
    TimeToBug bugs = timeToBug(month);
    List<String> lines = new ArrayList<>();
    lines.add("Monthly review, " + month.format(MONTH));
    lines.add("Workflow cases: " + cases.total() + kinds(cases));
    List<String> buckets = new ArrayList<>();
    bucketCounts(cases).forEach((bucket, n) -> buckets.add(bucket + " " + n));
    if (cases.total() > 0) {
      lines.add(
          "Per bucket: "
              + String.join(" · ", buckets.stream().filter(b -> !b.endsWith(" 0")).toList()));
    }
    lines.add(timeToBugLine(bugs));
    byte[] chart =
        BarChart.png(
            "Workflow cases per bucket, " + month.format(MONTH),
            "Bucket",
            "Cases (count)",
            bucketCounts(cases));
    return Post.inChannel(
        lines, ChatFile.png("monthly-review-" + month + ".png", chart, "Monthly review " + month));
  }

  /** The review as CSV: one row per metric ({@code metric,key,value}). */
  public ChatFile csv(YearMonth month) {
    CaseReport cases = reports.cases(start(month), start(month.plusMonths(1)));
    TimeToBug bugs = timeToBug(month);
    StringBuilder csv = new StringBuilder("metric,key,value\n");
    bucketCounts(cases)
        .forEach(
            (bucket, n) ->
                csv.append("cases,")
                    .append(bucket.replace(' ', '_'))
                    .append(',')
                    .append(n)
                    .append('\n'));
    csv.append("time_to_bug,needed,").append(bugs.needed()).append('\n');
    csv.append("time_to_bug,with_bug,").append(bugs.withBug()).append('\n');
    csv.append("time_to_bug,within_24h,").append(bugs.within24()).append('\n');
    csv.append("time_to_bug,within_36h,").append(bugs.within36()).append('\n');
    csv.append("time_to_bug,median_hours,")
        .append(bugs.median().map(MonthlyReview::hours).orElse(""))
        .append('\n');
    return new ChatFile(
        "monthly-review-" + month + ".csv",
        "text/csv",
        csv.toString().getBytes(StandardCharsets.UTF_8),
        "Monthly review " + month + " (CSV)");
  }

  private TimeToBug timeToBug(YearMonth month) {
    BugTimeReport report = reports.bugTimes(start(month), start(month.plusMonths(1)));
    return TimeToBug.of(report);
  }

  private String timeToBugLine(TimeToBug bugs) {
    if (bugs.needed() == 0) {
      return "Time to bug: no regression summary needed a bug.";
    }
    return "Time to bug ("
        + bugs.needed()
        + " regression summaries): median "
        + bugs.median().map(d -> hours(d) + " h").orElse("n/a")
        + "; within 24 h: "
        + bugs.within24()
        + " ("
        + bugs.percent(bugs.within24()).orElseThrow()
        + " %); within 36 h: "
        + bugs.within36()
        + " ("
        + bugs.percent(bugs.within36()).orElseThrow()
        + " %); still without a bug: "
        + (bugs.needed() - bugs.withBug());
  }

  private static String kinds(CaseReport cases) {
    List<String> parts = new ArrayList<>();
    for (CaseKind kind : CaseKind.values()) {
      long n =
          cases.counts().getOrDefault(kind, Map.of()).values().stream()
              .mapToLong(Long::longValue)
              .sum();
      if (n > 0) {
        parts.add(label(kind.name()) + " " + n);
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static Map<String, Long> bucketCounts(CaseReport cases) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (CaseBucket bucket : CaseBucket.values()) {
      long n = 0;
      for (CaseKind kind : CaseKind.values()) {
        n += cases.count(kind, bucket);
      }
      counts.put(label(bucket.name()), n);
    }
    return counts;
  }

  private Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(schedule.zone()).toInstant();
  }

  private static String label(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String hours(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.toMinutes() / 60.0);
  }
}
