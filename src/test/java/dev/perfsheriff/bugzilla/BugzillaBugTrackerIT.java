package dev.perfsheriff.bugzilla;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.shared.Secret;
import dev.perfsheriff.taskcluster.TaskclusterIntegrationTest;
import dev.perfsheriff.workflow.domain.RegressionBug;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing regression bugs against the stateful {@link FakeBugzilla}: the API key in its header, the
 * create body Bugzilla's REST API takes, the culprit read back, Bugzilla's refusals as errors, and
 * the prefilled {@code enter_bug.cgi} link without a key. Shares the Taskcluster ITs' context.
 */
class BugzillaBugTrackerIT extends TaskclusterIntegrationTest {

  private static final FakeBugzilla bugzilla = FakeBugzilla.instance();

  @Autowired JsonMapper json;

  private final RegressionBug bug =
      new RegressionBug(
          29340,
          "4.58% MySuite Test2 (linux1014-64-qr) regression on Fri March 19 2021",
          "Perfherder has detected a performance regression …",
          List.of("perf", "perf-alert", "regression"),
          null,
          null,
          List.of(),
          null,
          null);

  @BeforeEach
  void emptyBugzilla() {
    bugzilla.reset();
  }

  private BugzillaBugTracker tracker(String key) {
    return new BugzillaBugTracker(
        new BugzillaProperties(URI.create(bugzilla.baseUrl()), key == null ? null : Secret.of(key)),
        json);
  }

  @Test
  void withTheKeyTheBugIsCreatedInTheDefaultComponentWithTheKeyInItsHeader() {
    BugzillaBugTracker tracker = tracker(FakeBugzilla.API_KEY);

    long id = tracker.file(bug);

    assertThat(id).isEqualTo(1_900_100);
    JsonNode filed = bugzilla.filed().get(0);
    assertThat(filed.path("product").asString()).isEqualTo("Testing");
    assertThat(filed.path("component").asString()).isEqualTo("Performance");
    assertThat(filed.path("summary").asString()).isEqualTo(bug.title());
    assertThat(filed.path("version").asString()).isEqualTo("unspecified");
    assertThat(filed.path("type").asString()).isEqualTo("defect");
    assertThat(filed.path("keywords").values())
        .extracting(JsonNode::asString)
        .containsExactly("perf", "perf-alert", "regression");
    assertThat(filed.has("regressed_by")).isFalse();
    LoggedRequest post =
        bugzilla.server().findAll(postRequestedFor(urlPathEqualTo("/rest/bug"))).get(0);
    assertThat(post.getHeader("X-BUGZILLA-API-KEY")).isEqualTo(FakeBugzilla.API_KEY);
    assertThat(post.getUrl()).doesNotContain(FakeBugzilla.API_KEY);
    assertThat(bugzilla.bug(id).path("status").asString()).isEqualTo("NEW");
  }

  @Test
  void aCulpritGivesItsComponentRegressedByAndANeedinfoOfItsAssignee() {
    bugzilla.existing(1_800_001, "dev@mozilla.com", "reviewer@mozilla.com", "Core", "DOM: Core");
    BugzillaBugTracker tracker = tracker(FakeBugzilla.API_KEY);

    RegressionBug.Culprit culprit = tracker.culprit(1_800_001).orElseThrow();
    long id = tracker.file(bug.blaming(culprit));

    JsonNode filed = bugzilla.bug(id);
    assertThat(filed.path("product").asString()).isEqualTo("Core");
    assertThat(filed.path("component").asString()).isEqualTo("DOM: Core");
    assertThat(filed.path("regressed_by").get(0).asLong()).isEqualTo(1_800_001);
    assertThat(filed.path("cc").get(0).asString()).isEqualTo("reviewer@mozilla.com");
    JsonNode flag = filed.path("flags").get(0);
    assertThat(flag.path("name").asString()).isEqualTo("needinfo");
    assertThat(flag.path("status").asString()).isEqualTo("?");
    assertThat(flag.path("requestee").asString()).isEqualTo("dev@mozilla.com");
    assertThat(tracker.culprit(1_899_999)).isEmpty();
  }

  @Test
  void bugzillasRefusalsAreClearErrors() {
    assertThatThrownBy(() -> tracker("wrong-key").file(bug))
        .isInstanceOf(BugzillaException.class)
        .hasMessage("Bugzilla refused the bug (400: The API key you specified is invalid.).");
    RegressionBug elsewhere =
        bug.blaming(new RegressionBug.Culprit(1, "a@b", "c@d", "Core", "No Such Component"));
    assertThatThrownBy(() -> tracker(FakeBugzilla.API_KEY).file(elsewhere))
        .hasMessageContaining("There is no component named 'No Such Component' in 'Core'.");
    assertThat(bugzilla.filed()).isEmpty();
  }

  @Test
  void withoutAKeyNothingIsSentAndTheLinkIsPrefilled() {
    BugzillaBugTracker tracker = tracker(null);

    assertThat(tracker.canFile()).isFalse();
    URI link = tracker.prefilledLink(bug);

    assertThat(link.toString())
        .startsWith(bugzilla.baseUrl() + "/enter_bug.cgi?product=Testing&component=Performance")
        .contains("&short_desc=4.58%25%20MySuite%20Test2")
        .contains("&keywords=perf%2C%20perf-alert%2C%20regression")
        .contains("&bug_type=defect");
    assertThat(bugzilla.server().getAllServeEvents()).isEmpty();
  }
}
