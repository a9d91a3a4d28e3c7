package dev.perfsheriff.taskcluster.http;

import dev.perfsheriff.http.Backoff;
import dev.perfsheriff.http.HttpClients;
import dev.perfsheriff.http.Pause;
import dev.perfsheriff.http.Retry;
import dev.perfsheriff.ops.ServiceHealth;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import dev.perfsheriff.taskcluster.hawk.HawkCredentials;
import dev.perfsheriff.taskcluster.hawk.HawkRequest;
import dev.perfsheriff.taskcluster.hawk.HawkSigner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to {@code <rootUrl>/api/...}. Reads are anonymous and retried with doubling
 * back-off on 5xx and timeouts. Signed posts (hook triggers) are sent once: a 5xx after the hooks
 * service created the action task would otherwise schedule the perf jobs twice on scarce hardware.
 */
public class TaskclusterHttp {

  private static final MediaType JSON = MediaType.get("application/json");

  private final TaskclusterProperties properties;
  private final JsonMapper json;
  private final HawkSigner signer;
  private final OkHttpClient client;
  private final Retry retry;
  private final ServiceHealth health;

  public TaskclusterHttp(
      TaskclusterProperties properties,
      JsonMapper json,
      Clock clock,
      Pause pause,
      ServiceHealth health) {
    this.health = health;
    this.properties = properties;
    this.json = json;
    this.signer = new HawkSigner(clock);
    this.client = HttpClients.client(properties.connectTimeout(), properties.readTimeout());
    this.retry =
        new Retry(
            properties.maxRetries() + 1,
            Backoff.doubling(
                properties.retryBackoff(),
                properties
                    .retryBackoff()
                    .multipliedBy(1L << Math.min(properties.maxRetries(), 20))),
            pause);
  }

  /** The absolute URL of an API path such as {@code queue/v1/task/abc}. */
  public URI url(String apiPath) {
    String root = properties.rootUrl().toString().replaceAll("/+$", "");
    return URI.create(root + "/api/" + apiPath);
  }

  /** Anonymous GET, retried on 5xx and timeouts; redirects (artifacts) are followed. */
  public JsonNode get(String apiPath) {
    Request request = new Request.Builder().url(url(apiPath).toString()).get().build();
    return withRetries(request);
  }

  /** Anonymous POST of a JSON body for reads expressed as posts (e.g. scope expansion). */
  public JsonNode postAnonymous(String apiPath, String body) {
    Request request =
        new Request.Builder()
            .url(url(apiPath).toString())
            .post(RequestBody.create(body, JSON))
            .build();
    return withRetries(request);
  }

  /** Hawk-signed POST, sent exactly once. */
  public JsonNode postSigned(String apiPath, String body, HawkCredentials credentials) {
    URI uri = url(apiPath);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String authorization =
        signer.authorization(credentials, new HawkRequest("POST", uri, "application/json", bytes));
    Request request =
        new Request.Builder()
            .url(uri.toString())
            .header("Authorization", authorization)
            .post(RequestBody.create(bytes, JSON))
            .build();
    return once(request);
  }

  private JsonNode withRetries(Request request) {
    return retry.run(
        "Taskcluster call " + request.method() + " " + request.url().encodedPath(),
        attempt -> {
          try {
            return once(request);
          } catch (TaskclusterException.Unavailable e) {
            throw Retry.Again.after(e);
          }
        });
  }

  private JsonNode once(Request request) {
    String what = request.method() + " " + request.url().encodedPath();
    try (Response response = client.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (response.isSuccessful()) {
        health.succeeded(ServiceHealth.Service.TASKCLUSTER);
        return parse(what, body);
      }
      RuntimeException error = TaskclusterErrors.fromStatus(what, response.code(), body, json);
      if (error instanceof TaskclusterException.Unavailable) {
        health.failed(ServiceHealth.Service.TASKCLUSTER, error.getMessage());
      }
      throw error;
    } catch (IOException e) {
      String problem = "Taskcluster did not answer " + what + " in time (" + e.getMessage() + ").";
      health.failed(ServiceHealth.Service.TASKCLUSTER, problem);
      throw new TaskclusterException.Unavailable(problem, 0, e);
    }
  }

  private JsonNode parse(String what, String body) {
    try {
      return json.readTree(body.isEmpty() ? "{}" : body);
    } catch (JacksonException e) {
      throw new TaskclusterException.Malformed(
          "Taskcluster answered " + what + " with something that is not JSON.");
    }
  }
}
