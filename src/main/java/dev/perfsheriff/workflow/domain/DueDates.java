package dev.perfsheriff.workflow.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The due dates a card and {@code show} carry: the time since the summary's creation against the
 * protocol's bug goal (24 h), and Perfherder's own triage and bug due dates (2 and 4 working days,
 * weekends skipped, reference/perfherder-api.md) when the API gave them. Only open summaries with a
 * regression are due anything.
 */
public final class DueDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private DueDates() {}

  public static List<String> lines(
      AlertSummary summary, WorkflowRecord record, Instant now, Duration bugGoal) {
    List<String> lines = new ArrayList<>();
    if (!summary.hasRegression() || record.state().isClosed()) {
      return lines;
    }
    String goal = hours(bugGoal) + " goal";
    if (record.bugLinkedAt() != null) {
      Duration took = Duration.between(summary.created(), record.bugLinkedAt());
      lines.add(
          "bug "
              + record.bugNumber()
              + " linked after "
              + hours(took)
              + (took.compareTo(bugGoal) <= 0 ? ", within the " : ", beyond the ")
              + goal);
    } else {
      Duration age = Duration.between(summary.created(), now);
      Duration left = bugGoal.minus(age);
      lines.add(
          left.isNegative()
              ? "no bug yet: " + hours(left.negated()) + " past the " + goal
              : "no bug yet: " + hours(left) + " left of the " + goal);
    }
    if (summary.triageDue() != null || summary.bugDue() != null) {
      List<String> perfherder = new ArrayList<>();
      if (summary.triageDue() != null) {
        perfherder.add("triage due " + DAY.format(summary.triageDue()));
      }
      if (summary.bugDue() != null) {
        perfherder.add("bug due " + DAY.format(summary.bugDue()));
      }
      lines.add("Perfherder: " + String.join(", ", perfherder));
    }
    return lines;
  }

  /** Whole hours, or minutes under one hour: "19 h", "40 min". */
  private static String hours(Duration duration) {
    return duration.toHours() > 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
  }
}
