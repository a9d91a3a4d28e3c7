package dev.perfsheriff.perfherder.write;

import dev.perfsheriff.perfherder.api.AlertPayload;
import dev.perfsheriff.perfherder.api.PerfherderClientError;
import dev.perfsheriff.perfherder.api.PerfherderHttp;
import dev.perfsheriff.perfherder.api.SummaryParser;
import dev.perfsheriff.perfherder.api.SummaryPayload;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PUTs themselves, with the staff session's cookies, {@code X-CSRFToken}, and an {@code
 * Origin}/{@code Referer} of the Treeherder site (Django's CSRF check compares them with the host).
 * A 401/403 drops the session and tries once more with a new login.
 */
public class SummaryWrites {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final HttpUrl baseUrl;
  private final PerfherderHttp http;
  private final StaffSession session;

  public SummaryWrites(HttpUrl baseUrl, PerfherderHttp http, StaffSession session) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.session = session;
  }

  public SummaryPayload putSummary(long id, Map<String, Object> body) {
    HttpUrl url = url("api/performance/alertsummary/" + id + "/");
    return SummaryParser.oneSummary(put(url, body));
  }

  public AlertPayload putAlert(long id, Map<String, Object> body) {
    HttpUrl url = url("api/performance/alert/" + id + "/");
    return SummaryParser.oneAlert(put(url, body));
  }

  private String put(HttpUrl url, Map<String, Object> body) {
    String json = MAPPER.writeValueAsString(body);
    try {
      return http.send(request(url, json, session.current())).body();
    } catch (PerfherderClientError e) {
      if (!e.notAllowed()) {
        throw e;
      }
      session.invalidate();
      return http.send(request(url, json, session.current())).body();
    }
  }

  private Request request(HttpUrl url, String json, StaffSession.Cookies cookies) {
    String origin = baseUrl.scheme() + "://" + baseUrl.host() + port();
    return new Request.Builder()
        .url(url)
        .put(RequestBody.create(json, JSON))
        .header("Cookie", cookies.cookieHeader())
        .header("X-CSRFToken", cookies.csrfToken())
        .header("Origin", origin)
        .header("Referer", origin + "/perfherder/alerts")
        .header("Accept", "application/json")
        .build();
  }

  private String port() {
    return baseUrl.port() == HttpUrl.defaultPort(baseUrl.scheme()) ? "" : ":" + baseUrl.port();
  }

  private HttpUrl url(String path) {
    return baseUrl.newBuilder().addPathSegments(path).build();
  }
}
