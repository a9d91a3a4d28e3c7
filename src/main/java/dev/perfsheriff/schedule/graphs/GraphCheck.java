package dev.perfsheriff.schedule.graphs;

import dev.perfsheriff.rounds.RoundCompletion;
import dev.perfsheriff.schedule.posts.Post;
import dev.perfsheriff.schedule.posts.ScheduledPosts;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.WorkflowReports;
import dev.perfsheriff.workflow.WorkflowResult;
import dev.perfsheriff.workflow.WorkflowService;
import dev.perfsheriff.workflow.domain.Role;
import dev.perfsheriff.workflow.domain.WorkflowRecord;
import dev.perfsheriff.workflow.domain.WorkflowState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The graph check: every summary still waiting for its data gets, in its thread, the points per
 * revision of its picked alerts and the chart of {@link GraphPicture}; a pending round whose data
 * arrived is completed through {@link RoundCompletion#completeIfDataArrived}, whose events refresh
 * the card as any workflow change does. Posts are recorded per slot and summary, so a repeated run
 * posts nothing twice and a failed post is retried.
 */
@Service
public class GraphCheck {

  static final String JOB = "graph-check";

  /** The states in which retriggered data is awaited or being judged. */
  static final Set<WorkflowState> CHECKED =
      EnumSet.of(WorkflowState.CONFIRMING, WorkflowState.DATAREADY, WorkflowState.NEEDS_DATA);

  private static final Logger log = LoggerFactory.getLogger(GraphCheck.class);

  private final WorkflowReports reports;
  private final WorkflowService workflow;
  private final RoundCompletion rounds;
  private final GraphPicture pictures;
  private final ScheduledPosts posts;

  GraphCheck(
      WorkflowReports reports,
      WorkflowService workflow,
      RoundCompletion rounds,
      GraphPicture pictures,
      ScheduledPosts posts) {
    this.reports = reports;
    this.workflow = workflow;
    this.rounds = rounds;
    this.pictures = pictures;
    this.posts = posts;
  }

  /**
   * Checks every summary waiting for data as of {@code slot}; returns how many had something to
   * show (each recorded once per slot, so a repeated run sends nothing new).
   */
  public int run(Instant slot) {
    int posted = 0;
    for (WorkflowRecord record : waitingForData()) {
      Optional<Post> post;
      try {
        post = check(record);
      } catch (RuntimeException e) {
        // One summary's unreadable data must not keep the others from their check.
        log.warn("Graph check of summary {} failed: {}", record.summaryId(), e.getMessage());
        continue;
      }
      if (post.isPresent()) {
        posts.publish(JOB + ":" + slot + ":" + record.summaryId(), List.of(post.get()));
        posted++;
      }
    }
    return posted;
  }

  private Optional<Post> check(WorkflowRecord record) {
    SummaryId id = record.summaryId();
    Optional<GraphPicture.Picture> picture =
        workflow.show(id).flatMap(overview -> pictures.of(overview));
    if (picture.isEmpty()) {
      log.info("Graph check: summary {} has no readable data now, checked next time", id);
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(picture.get().lines());
    roundLine(record).ifPresent(lines::add);
    return Optional.of(Post.inThread(id, lines, picture.get().png().orElse(null)));
  }

  private Optional<String> roundLine(WorkflowRecord record) {
    if (record.pendingRound().isEmpty()) {
      return Optional.empty();
    }
    int number = record.pendingRound().get().number();
    WorkflowResult result = rounds.completeIfDataArrived(record.summaryId());
    return Optional.of(
        result.allowed()
            ? "Round " + number + " is complete: the data arrived."
            : "Round " + number + " still waits: " + result.text());
  }

  private List<WorkflowRecord> waitingForData() {
    return Stream.of(Role.CODE_SHERIFF, Role.PERF_SHERIFF)
        .flatMap(role -> reports.dashboard(role).stream())
        .filter(record -> CHECKED.contains(record.state()))
        .toList();
  }
}
