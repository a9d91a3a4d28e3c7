package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.List;

/**
 * A Perfherder alert summary as the core sees it: what was detected, where, and what humans have
 * recorded on it so far. Built by the Perfherder adapter from its own payload records.
 *
 * @param framework framework name, e.g. {@code talos}
 * @param revision revision of the suspected culprit push ({@code push_id})
 * @param prevRevision revision of the last good push ({@code prev_push_id})
 * @param pushTime when the culprit push landed
 * @param created when Perfherder created the summary
 * @param relatedAlerts alerts of other summaries marked downstream of / reassigned into this one
 * @param notes the shared sheriff notes, never null
 * @param bugNumber the linked bug, or null
 * @param assignee e.g. {@code mozilla-ldap/x@mozilla.com}, or null
 * @param triageDue Perfherder's triage due date (2 working days after creation), or null when the
 *     API does not give it
 * @param bugDue Perfherder's bug due date (4 working days), or null
 */
public record AlertSummary(
    SummaryId id,
    Repository repository,
    int frameworkId,
    String framework,
    long pushId,
    long prevPushId,
    Revision revision,
    Revision prevRevision,
    Instant pushTime,
    Instant created,
    SummaryStatus status,
    List<Alert> alerts,
    List<Alert> relatedAlerts,
    String notes,
    Long bugNumber,
    String assignee,
    List<String> tags,
    Instant triageDue,
    Instant bugDue) {

  public AlertSummary {
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
    relatedAlerts = relatedAlerts == null ? List.of() : List.copyOf(relatedAlerts);
    notes = notes == null ? "" : notes;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A summary without Perfherder's due dates (older API answers and test data). */
  public AlertSummary(
      SummaryId id,
      Repository repository,
      int frameworkId,
      String framework,
      long pushId,
      long prevPushId,
      Revision revision,
      Revision prevRevision,
      Instant pushTime,
      Instant created,
      SummaryStatus status,
      List<Alert> alerts,
      List<Alert> relatedAlerts,
      String notes,
      Long bugNumber,
      String assignee,
      List<String> tags) {
    this(
        id,
        repository,
        frameworkId,
        framework,
        pushId,
        prevPushId,
        revision,
        prevRevision,
        pushTime,
        created,
        status,
        alerts,
        relatedAlerts,
        notes,
        bugNumber,
        assignee,
        tags,
        null,
        null);
  }

  public boolean hasRegression() {
    return alerts.stream().anyMatch(Alert::regression);
  }
}
