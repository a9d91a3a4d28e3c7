package dev.perfsheriff.taskcluster.execution;

import dev.perfsheriff.shared.Secret;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.actions.HookCall;
import dev.perfsheriff.taskcluster.hawk.HawkCredentials;
import dev.perfsheriff.taskcluster.http.TaskclusterException;
import dev.perfsheriff.taskcluster.http.TaskclusterHttp;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Sends a hook call with the configured Hawk credentials and returns the action task id. */
@Component
class HookTrigger {

  private final TaskclusterHttp http;
  private final TaskclusterProperties properties;

  HookTrigger(TaskclusterHttp http, TaskclusterProperties properties) {
    this.http = http;
    this.properties = properties;
  }

  String send(HookCall call) {
    if (properties.dryRun()) {
      throw new IllegalStateException("no Taskcluster credentials: dry-run sends nothing");
    }
    Secret certificate = properties.certificate();
    HawkCredentials credentials =
        new HawkCredentials(
            properties.clientId(),
            properties.accessToken(),
            Secret.isSet(certificate) ? certificate.reveal() : null);
    JsonNode answer = http.postSigned(call.apiPath(), call.body(), credentials);
    // The top-level taskId is current; status.taskId is kept by the service for compatibility.
    String taskId =
        answer.path("taskId").asString(answer.path("status").path("taskId").asString(""));
    if (taskId.isEmpty()) {
      throw new TaskclusterException.Malformed(
          "The hooks service answered without an action task id.");
    }
    return taskId;
  }
}
