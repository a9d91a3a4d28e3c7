package dev.perfsheriff.bugzilla;

import dev.perfsheriff.http.HttpClients;
import dev.perfsheriff.shared.Secret;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /rest/bug?id=1,2&include_fields=...}; with an API key, sent in the {@code
 * X-BUGZILLA-API-KEY} header (never in the URL, where it would end up in access logs).
 */
@Component
class BugzillaClient {

  private static final String FIELDS = "id,status,resolution,summary,last_change_time";

  private final BugzillaProperties properties;
  private final JsonMapper json;
  private final OkHttpClient client;

  BugzillaClient(BugzillaProperties properties, JsonMapper json) {
    this.properties = properties;
    this.json = json;
    this.client = HttpClients.client(properties.timeout(), properties.timeout());
  }

  /** The bugs Bugzilla returns for these ids; ids it does not know or hides are simply absent. */
  List<BugStatus> statuses(Collection<Long> ids, Clock clock) {
    HttpUrl url =
        HttpUrl.get(properties.baseUrl().toString().replaceAll("/+$", "") + "/rest/bug")
            .newBuilder()
            .addQueryParameter(
                "id", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .addQueryParameter("include_fields", FIELDS)
            .build();
    Request.Builder request = new Request.Builder().url(url).get();
    if (Secret.isSet(properties.apiKey())) {
      request.header("X-BUGZILLA-API-KEY", properties.apiKey().reveal());
    }
    try (Response response = client.newCall(request.build()).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new BugzillaException(
            "Bugzilla answered " + response.code() + " when asked for bugs " + ids + ".", null);
      }
      return parse(json.readTree(body), clock.instant());
    } catch (IOException e) {
      throw new BugzillaException("Bugzilla did not answer in time (" + e.getMessage() + ").", e);
    } catch (JacksonException e) {
      throw new BugzillaException("Bugzilla answered with something that is not JSON.", e);
    }
  }

  private static List<BugStatus> parse(JsonNode root, Instant now) {
    List<BugStatus> bugs = new ArrayList<>();
    for (JsonNode bug : root.path("bugs")) {
      String changed = bug.path("last_change_time").asString("");
      bugs.add(
          new BugStatus(
              bug.path("id").asLong(),
              bug.path("status").asString(""),
              bug.path("resolution").asString(""),
              bug.path("summary").asString(""),
              changed.isEmpty() ? null : Instant.parse(changed),
              now));
    }
    return bugs;
  }
}
