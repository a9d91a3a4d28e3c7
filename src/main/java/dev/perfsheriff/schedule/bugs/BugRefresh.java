package dev.perfsheriff.schedule.bugs;

import dev.perfsheriff.bugzilla.BugStatus;
import dev.perfsheriff.bugzilla.BugStatuses;
import dev.perfsheriff.schedule.posts.Post;
import dev.perfsheriff.schedule.posts.ScheduledPosts;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The daily Bugzilla refresh: the bugs of every open summary are linked and their status and
 * resolution read again; a bug resolved while its summary is still open in the workflow is pointed
 * out in the summary's thread, once per bug and resolution (the post's key says which).
 */
@Service
public class BugRefresh {

  static final String JOB = "bug-resolved";

  private final WorkflowReports workflow;
  private final BugStatuses bugs;
  private final ScheduledPosts posts;

  BugRefresh(WorkflowReports workflow, BugStatuses bugs, ScheduledPosts posts) {
    this.workflow = workflow;
    this.bugs = bugs;
    this.posts = posts;
  }

  /** Refreshes the linked bugs; returns how many resolved bugs were pointed out this time. */
  public int run() {
    Map<SummaryId, Long> bugOfSummary = new LinkedHashMap<>();
    List<WorkflowRecord> open = openWithABug();
    open.forEach(record -> bugOfSummary.put(record.summaryId(), record.bugNumber()));
    bugs.refresh(bugOfSummary);
    int pointedOut = 0;
    for (WorkflowRecord record : open) {
      Optional<BugStatus> bug = bugs.status(record.bugNumber());
      if (bug.isPresent() && !bug.get().resolution().isEmpty()) {
        String key =
            JOB + ":" + record.summaryId() + ":" + bug.get().id() + ":" + bug.get().resolution();
        pointedOut += posts.publish(key, List.of(resolvedPost(record, bug.get()))) > 0 ? 1 : 0;
      }
    }
    return pointedOut;
  }

  private List<WorkflowRecord> openWithABug() {
    return Stream.of(Role.CODE_SHERIFF, Role.PERF_SHERIFF)
        .flatMap(role -> workflow.dashboard(role).stream())
        .filter(record -> record.bugNumber() != null)
        .toList();
  }

  private static Post resolvedPost(WorkflowRecord record, BugStatus bug) {
    return Post.inThread(
        record.summaryId(),
        List.of(
            "Bug "
                + bug.id()
                + " is "
                + bug.describe()
                + " but summary "
                + record.summaryId()
                + " is still "
                + record.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " here. If the bug settles it, update the summary's status (e.g. fixed, wontfix,"
                + " backedout)."),
        null);
  }
}
