package dev.perfsheriff.bugzilla;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.taskcluster.TaskclusterIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily refresh of linked bugs against a Bugzilla REST fake on the shared WireMock server. */
class BugStatusesIT extends TaskclusterIntegrationTest {

  @Autowired BugStatuses bugs;

  @Test
  void refreshesTheStatusOfEveryLinkedBugWithTheApiKeyHeader() {
    fake.server()
        .stubFor(
            get(urlPathEqualTo("/rest/bug"))
                .withQueryParam("id", equalTo("1945683,1950001"))
                .willReturn(
                    okJson(
                        """
            {"bugs":[
              {"id":1945683,"status":"RESOLVED","resolution":"FIXED","summary":"2.5% imgur SpeedIndex regression","last_change_time":"2025-06-17T09:44:21Z"},
              {"id":1950001,"status":"NEW","resolution":"","summary":"tp5n regression","last_change_time":"2025-06-18T10:00:00Z"}
            ],"faults":[]}""")));

    int refreshed =
        bugs.refresh(Map.of(SummaryId.of(45548), 1945683L, SummaryId.of(44661), 1950001L));

    assertThat(refreshed).isEqualTo(2);
    assertThat(bugs.status(1945683L))
        .hasValueSatisfying(
            b -> {
              assertThat(b.describe()).isEqualTo("RESOLVED FIXED");
              assertThat(b.lastChanged()).isEqualTo(Instant.parse("2025-06-17T09:44:21Z"));
            });
    assertThat(bugs.statusesOf(SummaryId.of(44661)))
        .extracting(BugStatus::describe)
        .containsExactly("NEW");
    List<LoggedRequest> requests =
        fake.server().findAll(getRequestedFor(urlPathEqualTo("/rest/bug")));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("X-BUGZILLA-API-KEY")).isEqualTo("bugzilla-test-key");
    assertThat(requests.get(0).getUrl())
        .doesNotContain("bugzilla-test-key")
        .contains("include_fields=");
  }

  @Test
  void aSecondRefreshOverwritesTheStoredStatus() {
    bugs.link(SummaryId.of(45548), 1945683L);
    answer("NEW", "");
    bugs.refreshLinked();
    answer("RESOLVED", "WONTFIX");

    bugs.refreshLinked();

    assertThat(bugs.status(1945683L)).map(BugStatus::describe).hasValue("RESOLVED WONTFIX");
  }

  @Test
  void anUnreachableBugzillaIsAClearError() {
    bugs.link(SummaryId.of(45548), 1945683L);
    fake.server().stubFor(get(urlPathEqualTo("/rest/bug")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(bugs::refreshLinked)
        .isInstanceOf(BugzillaException.class)
        .hasMessageContaining("503");
    assertThat(bugs.status(1945683L)).isEmpty();
  }

  private void answer(String status, String resolution) {
    fake.server()
        .stubFor(
            get(urlPathEqualTo("/rest/bug"))
                .willReturn(
                    okJson(
                        "{\"bugs\":[{\"id\":1945683,\"status\":\""
                            + status
                            + "\",\"resolution\":\""
                            + resolution
                            + "\",\"summary\":\"x\"}]}")));
  }
}
