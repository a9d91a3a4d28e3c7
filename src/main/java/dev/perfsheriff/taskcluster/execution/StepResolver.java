package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.taskcluster.actions.ActionDefinition;
import dev.perfsheriff.taskcluster.actions.ActionDiscovery;
import dev.perfsheriff.taskcluster.actions.ActionsDocument;
import dev.perfsheriff.taskcluster.actions.HookCall;
import dev.perfsheriff.taskcluster.actions.TaskDefinition;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import dev.perfsheriff.workflow.domain.PlannedJob;
import dev.perfsheriff.workflow.domain.RetriggerPlan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link TriggerStep} into the exact hook call, reading the push's actions.json. Holds a
 * small cache for one plan: several steps often share a decision task.
 */
final class StepResolver {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ActionDiscovery discovery;
  private final Map<String, ActionsDocument> actionsByDecision = new HashMap<>();
  private final Map<String, TaskDefinition> tasks = new HashMap<>();

  StepResolver(ActionDiscovery discovery) {
    this.discovery = discovery;
  }

  ResolvedStep resolve(TriggerStep step) {
    return switch (step.kind()) {
      case RETRIGGER -> retrigger(step);
      case BACKFILL -> backfill(step);
      case ADD_NEW -> addNew(step);
    };
  }

  /**
   * Schedules the jobs' labels on a push where they never ran: {@code add-new-jobs} on that push's
   * own decision task (the label must exist in its full task graph; reference
   * taskcluster-actions.md §1.5). The task named in the plan only gives the label.
   */
  private ResolvedStep addNew(TriggerStep step) {
    PlannedJob first = step.jobs().get(0);
    String decision = discovery.decisionTaskId(step.repository(), first.revision());
    ActionsDocument actions = actions(decision);
    ActionDefinition action =
        actions
            .choose("add-new-jobs", Optional.empty())
            .orElseThrow(() -> missing("add-new-jobs", decision));
    ArrayNode labels = NODES.arrayNode();
    step.jobs().forEach(job -> labels.add(task(job).label()));
    ObjectNode input = NODES.objectNode();
    input.set("tasks", labels);
    input.put("times", step.times());
    discovery.checkHookAllowed(decision, action);
    HookCall call = discovery.hookCall(actions, action, Optional.empty(), input);
    return new ResolvedStep(step, call, plannedCost(step), "");
  }

  private ResolvedStep retrigger(TriggerStep step) {
    PlannedJob first = step.jobs().get(0);
    String decision = decisionTask(step, first);
    ActionsDocument actions = actions(decision);
    ArrayNode labels = NODES.arrayNode();
    step.jobs().forEach(job -> labels.add(task(job).label()));
    Optional<ActionDefinition> multiple = actions.choose("retrigger-multiple", Optional.empty());
    ObjectNode input = NODES.objectNode();
    ActionDefinition action;
    if (multiple.isPresent()) {
      action = multiple.get();
      ObjectNode request = NODES.objectNode();
      request.set("tasks", labels);
      request.put("times", step.times());
      input.set("requests", NODES.arrayNode().add(request));
    } else {
      action =
          actions
              .choose("add-new-jobs", Optional.empty())
              .orElseThrow(() -> missing("retrigger-multiple or add-new-jobs", decision));
      input.set("tasks", labels);
      input.put("times", step.times());
    }
    discovery.checkHookAllowed(decision, action);
    HookCall call = discovery.hookCall(actions, action, Optional.empty(), input);
    return new ResolvedStep(step, call, plannedCost(step), "");
  }

  /**
   * One backfill from the source task's push back to the farthest target push. Pushlog ids of a
   * repository are consecutive, so the depth is the difference between the source push's id and the
   * target's (both read from the decision tasks' actions.json payloads); it must be the depth the
   * plan counted, or the ledger would be charged other than previewed.
   */
  private ResolvedStep backfill(TriggerStep step) {
    PlannedJob first = step.jobs().get(0);
    if (first.taskId() == null) {
      throw new StepFailure("no task of this job is known to backfill from");
    }
    TaskDefinition source = task(first);
    ActionsDocument actions = actions(source.taskGroupId());
    ActionDefinition action =
        actions
            .choose("backfill", Optional.of(source.tags()))
            .orElseThrow(() -> missing("backfill", source.taskGroupId()));
    long sourcePush = pushlogId(actions);
    int depth = 0;
    for (PlannedJob job : step.jobs()) {
      long target = pushlogId(actions(discovery.decisionTaskId(step.repository(), job.revision())));
      if (target >= sourcePush) {
        throw new StepFailure(
            "backfill only reaches earlier pushes, but "
                + job.revision().shortForm()
                + " is not before the push of task "
                + source.taskId());
      }
      depth = (int) Math.max(depth, sourcePush - target);
    }
    int planned = step.jobs().stream().mapToInt(PlannedJob::depth).max().orElse(0);
    if (depth != planned) {
      throw new StepFailure(
          "the backfill from task "
              + source.taskId()
              + " would reach "
              + depth
              + " pushes back, but the plan counted "
              + planned
              + " (the pushes between changed); preview the round again");
    }
    ObjectNode input = NODES.objectNode().put("depth", depth).put("times", step.times());
    if (action.declaresInput("inclusive")) {
      input.put("inclusive", false);
    }
    if (action.declaresInput("retrigger")) {
      // Only pushes where the job did not run: the window's other pushes get retriggers instead.
      input.put("retrigger", false);
    }
    discovery.checkHookAllowed(source.taskGroupId(), action);
    HookCall call = discovery.hookCall(actions, action, Optional.of(source.taskId()), input);
    String note =
        depth > step.jobs().size()
            ? "backfill depth "
                + depth
                + " also reaches pushes in between, counted against the quota"
            : "";
    return new ResolvedStep(step, call, plannedCost(step), note);
  }

  /**
   * The push's decision task from the index; when the index has no entry, the task group of the
   * job's own task at that revision (tasks of a push, action-created ones included, belong to the
   * decision task's group).
   */
  private String decisionTask(TriggerStep step, PlannedJob job) {
    try {
      return discovery.decisionTaskId(step.repository(), job.revision());
    } catch (TaskclusterException.NotFound e) {
      return task(job).taskGroupId();
    }
  }

  /** The step's cost per machine platform, as the plan charges it. */
  private static Map<String, Integer> plannedCost(TriggerStep step) {
    return RetriggerPlan.charges(step.jobs());
  }

  private long pushlogId(ActionsDocument actions) {
    return actions.actions().stream()
        .map(a -> a.hookPayload().path("decision").path("push").path("pushlog_id").asString(""))
        .filter(id -> id.matches("\\d+"))
        .map(Long::parseLong)
        .findFirst()
        .orElseThrow(
            () ->
                new StepFailure(
                    "actions.json of " + actions.decisionTaskId() + " names no pushlog id"));
  }

  private ActionsDocument actions(String decisionTaskId) {
    return actionsByDecision.computeIfAbsent(decisionTaskId, discovery::actions);
  }

  private TaskDefinition task(PlannedJob job) {
    if (job.taskId() == null) {
      throw new StepFailure(
          "no task id is known for "
              + job.signature().testName()
              + " at "
              + job.revision().shortForm());
    }
    return tasks.computeIfAbsent(job.taskId(), discovery::task);
  }

  private static StepFailure missing(String action, String decision) {
    return new StepFailure(
        "the decision task " + decision + " offers no " + action + " action for this job");
  }
}
