package dev.perfsheriff.bugzilla;

import dev.perfsheriff.shared.Secret;
import dev.perfsheriff.workflow.domain.BugTracker;
import dev.perfsheriff.workflow.domain.RegressionBug;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link BugTracker} port on Bugzilla's REST API (bugzilla.readthedocs.io, "Bugs" of the core
 * v1 API): {@code GET /rest/bug/<id>} for the culprit, {@code POST /rest/bug} to file, answered
 * {@code {"id": <n>}}; errors come as {@code {"error": true, "code": …, "message": …}}. The API key
 * goes in the {@code X-BUGZILLA-API-KEY} header. Without a key, {@code enter_bug.cgi} takes the
 * same fields as query parameters, so the person files the prefilled bug under their own name.
 */
@Component
class BugzillaBugTracker implements BugTracker {

  private static final MediaType JSON = MediaType.get("application/json");

  private final BugzillaProperties properties;
  private final JsonMapper json;
  private final OkHttpClient client;

  BugzillaBugTracker(BugzillaProperties properties, JsonMapper json) {
    this.properties = properties;
    this.json = json;
    this.client =
        new OkHttpClient.Builder()
            .connectTimeout(properties.timeout())
            .readTimeout(properties.timeout())
            .build();
  }

  @Override
  public boolean canFile() {
    return Secret.isSet(properties.apiKey());
  }

  @Override
  public Optional<RegressionBug.Culprit> culprit(long bug) {
    Request request = authorized(new Request.Builder().url(url("rest/bug/" + bug)).get()).build();
    try (Response response = client.newCall(request).execute()) {
      JsonNode root = json.readTree(response.body() == null ? "" : response.body().string());
      JsonNode found = root.path("bugs").path(0);
      if (!response.isSuccessful() || found.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(
          new RegressionBug.Culprit(
              bug,
              found.path("assigned_to").asString(""),
              found.path("creator").asString(""),
              found.path("product").asString(""),
              found.path("component").asString("")));
    } catch (IOException | JacksonException e) {
      throw new BugzillaException("Bugzilla did not show bug " + bug + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long file(RegressionBug bug) {
    Request request =
        authorized(
                new Request.Builder()
                    .url(url("rest/bug"))
                    .post(RequestBody.create(json.writeValueAsString(fields(bug)), JSON)))
            .build();
    try (Response response = client.newCall(request).execute()) {
      JsonNode root = json.readTree(response.body() == null ? "" : response.body().string());
      if (!response.isSuccessful() || root.path("error").asBoolean(false)) {
        throw new BugzillaException(
            "Bugzilla refused the bug ("
                + response.code()
                + ": "
                + root.path("message").asString("no message")
                + ").",
            null);
      }
      return root.path("id").asLong();
    } catch (IOException | JacksonException e) {
      throw new BugzillaException("Bugzilla did not answer in time (" + e.getMessage() + ").", e);
    }
  }

  @Override
  public URI prefilledLink(RegressionBug bug) {
    HttpUrl.Builder link = url("enter_bug.cgi").newBuilder();
    link.addQueryParameter("product", product(bug))
        .addQueryParameter("component", component(bug))
        .addQueryParameter("short_desc", bug.title())
        .addQueryParameter("comment", bug.description())
        .addQueryParameter("keywords", String.join(", ", bug.keywords()))
        .addQueryParameter("bug_type", "defect");
    if (bug.regressedBy() != null) {
      link.addQueryParameter("regressed_by", bug.regressedBy().toString());
    }
    if (!bug.cc().isEmpty()) {
      link.addQueryParameter("cc", String.join(",", bug.cc()));
    }
    return link.build().uri();
  }

  /** The create body: the fields Perfherder's {@code fileBug} sends (StatusDropdown.jsx). */
  private Map<String, Object> fields(RegressionBug bug) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("product", product(bug));
    fields.put("component", component(bug));
    fields.put("summary", bug.title());
    fields.put("version", "unspecified");
    fields.put("type", "defect");
    fields.put("description", bug.description());
    fields.put("keywords", bug.keywords());
    if (!bug.cc().isEmpty()) {
      fields.put("cc", bug.cc());
    }
    if (bug.regressedBy() != null) {
      fields.put("regressed_by", List.of(bug.regressedBy()));
    }
    if (bug.needinfo() != null && !bug.needinfo().isBlank()) {
      fields.put(
          "flags", List.of(Map.of("name", "needinfo", "status", "?", "requestee", bug.needinfo())));
    }
    return fields;
  }

  private String product(RegressionBug bug) {
    return bug.product() == null || bug.product().isBlank() ? properties.product() : bug.product();
  }

  private String component(RegressionBug bug) {
    return bug.component() == null || bug.component().isBlank()
        ? properties.component()
        : bug.component();
  }

  private Request.Builder authorized(Request.Builder request) {
    if (canFile()) {
      request.header("X-BUGZILLA-API-KEY", properties.apiKey().reveal());
    }
    return request.header("Accept", "application/json");
  }

  private HttpUrl url(String path) {
    return HttpUrl.get(properties.baseUrl().toString().replaceAll("/+$", "") + "/" + path);
  }
}
