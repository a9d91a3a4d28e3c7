package dev.perfsheriff.perfherder.api;

import dev.perfsheriff.workflow.domain.SummaryStatus;
import java.util.List;

/**
 * One alert summary as Treeherder serializes it. Only {@code id} is sure; datetimes are kept as
 * Treeherder's naive-UTC strings, and the status code raw next to its enum.
 */
public record SummaryPayload(
    long id,
    Long pushId,
    Long prevPushId,
    String repository,
    Integer framework,
    Integer statusCode,
    String revision,
    String prevPushRevision,
    String originalRevision,
    String originalPrevPushRevision,
    Long pushTimestamp,
    String created,
    String firstTriaged,
    String triageDueDate,
    String bugDueDate,
    String notes,
    Long bugNumber,
    Integer bugStatusCode,
    Integer issueTracker,
    String assigneeUsername,
    List<String> performanceTags,
    List<AlertPayload> alerts,
    List<AlertPayload> relatedAlerts,
    List<Long> duplicatedSummaryIds) {

  public SummaryPayload {
    performanceTags = performanceTags == null ? List.of() : List.copyOf(performanceTags);
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
    relatedAlerts = relatedAlerts == null ? List.of() : List.copyOf(relatedAlerts);
    duplicatedSummaryIds =
        duplicatedSummaryIds == null ? List.of() : List.copyOf(duplicatedSummaryIds);
  }

  public SummaryStatus status() {
    return statusCode == null ? SummaryStatus.UNKNOWN : SummaryStatus.fromCode(statusCode);
  }

  public BugStatus bugStatus() {
    return bugStatusCode == null ? null : BugStatus.fromCode(bugStatusCode);
  }
}
