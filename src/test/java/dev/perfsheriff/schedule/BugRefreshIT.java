package dev.perfsheriff.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.perfsheriff.bugzilla.BugStatuses;
import dev.perfsheriff.schedule.bugs.BugRefresh;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily Bugzilla refresh against Bugzilla's REST shape ({@code GET /rest/bug?id=…}, answers
 * {@code {"bugs": [...], "faults": []}}, as in the bugzilla module's own tests).
 */
class BugRefreshIT extends ScheduleIntegrationTest {

  static final Instant CREATED = Instant.parse("2026-03-09T10:00:00Z");

  @Autowired BugRefresh refresh;
  @Autowired BugStatuses bugs;

  private StubMapping stub;

  @AfterEach
  void removeStub() {
    if (stub != null) {
      TaskclusterFake.SHARED.server().removeStub(stub);
    }
  }

  @Test
  void aBugResolvedWhileItsSummaryIsOpenIsPointedOutInTheThreadOnce() {
    summaryTracked(601, CREATED, "NEEDS_BUG", true, 1960001L);
    summaryTracked(602, CREATED, "DATAREADY", true, 1960002L);
    summaryTracked(603, CREATED, "FIXED", true, 1960003L);
    cardPosted(601, "slack");
    cardPosted(601, "matrix");
    stub =
        TaskclusterFake.SHARED
            .server()
            .stubFor(
                get(urlPathEqualTo("/rest/bug"))
                    .willReturn(
                        okJson(
                            """
                {"bugs":[
                  {"id":1960001,"status":"RESOLVED","resolution":"FIXED","summary":"tp5n regression","last_change_time":"2026-03-09T20:00:00Z"},
                  {"id":1960002,"status":"NEW","resolution":"","summary":"speedometer regression","last_change_time":"2026-03-09T21:00:00Z"}
                ],"faults":[]}""")));

    assertThat(refresh.run()).isOne();
    assertThat(refresh.run()).isZero();

    assertThat(bugs.status(1960002L))
        .hasValueSatisfying(b -> assertThat(b.describe()).isEqualTo("NEW"));
    assertThat(slack.received()).singleElement();
    RecordingChannelPosting.Received pointed = slack.received().get(0);
    assertThat(pointed.card())
        .hasValueSatisfying(c -> assertThat(c.messageId()).isEqualTo("card-601"));
    assertThat(pointed.text())
        .isEqualTo(
            "Bug 1960001 is RESOLVED FIXED but summary 601 is still needs bug here. If the bug"
                + " settles it, update the summary's status (e.g. fixed, wontfix, backedout).");
    assertThat(matrix.received()).singleElement();
  }
}
