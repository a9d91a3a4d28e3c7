package dev.perfsheriff.perfherder.write;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.perfsheriff.perfherder.PerfherderIntegrationTest;
import dev.perfsheriff.perfherder.fake.SessionState;
import dev.perfsheriff.perfherder.sync.SummaryPoller;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Writes through the staff session: login, CSRF, re-login, one alert at a time, notes merge. */
class PerfherderWriterIT extends PerfherderIntegrationTest {

  private static final SummaryId SUMMARY = SummaryId.of(7);

  @Autowired PerfherderWriter writer;
  @Autowired SummaryPoller poller;
  @Autowired StaffSession session;

  private AlertId alert;

  @BeforeEach
  void oneKnownSummary() {
    // The fake forgot the sessions of earlier tests; so does the bot.
    session.invalidate();
    summary(SUMMARY.value(), 2);
    fake.summaries().edit(SUMMARY.value(), "notes", "first line");
    poller.poll();
    events.clear();
    alert =
        AlertId.of(fake.summaries().get(SUMMARY.value()).path("alerts").get(0).path("id").asLong());
  }

  @Test
  void aWriteLogsInAndCarriesTheSessionCsrfTokenAndOrigin() {
    assertThat(writer.setStarred(alert, true)).isEqualTo(WriteOutcome.WRITTEN);

    assertThat(fake.sessions().logins()).containsExactly(SessionState.ACCESS_TOKEN);
    LoggedRequest put = puts().get(0);
    assertThat(put.getHeader("X-CSRFToken")).isEqualTo("csrf-1");
    assertThat(put.getCookies().get("sessionid").getValue()).isEqualTo("session-1");
    assertThat(put.getHeader("Origin")).isEqualTo(fake.baseUrl());
    assertThat(put.getBodyAsString()).isEqualTo("{\"starred\":true}");
    assertThat(
            fake.summaries().get(SUMMARY.value()).path("alerts").get(0).path("starred").asBoolean())
        .isTrue();
    assertThat(events.changes())
        .singleElement()
        .satisfies(
            changed -> assertThat(changed.changes()).containsExactly(SummaryChanged.Change.ALERTS));
  }

  @Test
  void theSessionIsReusedAndRenewedWhenTreeherderDroppedIt() {
    writer.setSummaryStatus(SUMMARY, SummaryStatus.INVESTIGATING);
    writer.setBugNumber(SUMMARY, 1_234_567);
    fake.sessions().expireAllSessions();

    assertThat(writer.setAlertStatus(alert, AlertStatus.ACKNOWLEDGED, null))
        .isEqualTo(WriteOutcome.WRITTEN);

    assertThat(fake.sessions().logins()).hasSize(2);
    assertThat(puts()).hasSize(4);
    assertThat(puts().get(3).getBodyAsString())
        .isEqualTo("{\"status\":4,\"related_summary_id\":null}");
    assertThat(fake.summaries().get(SUMMARY.value()).path("bug_number").asLong())
        .isEqualTo(1_234_567);
  }

  @Test
  void aNotesLineWrittenMeanwhileInTheWebUiSurvivesTheBotsLine() {
    fake.summaries().edit(SUMMARY.value(), "notes", "first line\nweb UI: looks like infra");

    assertThat(writer.appendNoteLine(SUMMARY, "bot: retriggered 4 jobs"))
        .isEqualTo(WriteOutcome.WRITTEN);

    assertThat(fake.summaries().get(SUMMARY.value()).path("notes").asString())
        .isEqualTo("first line\nweb UI: looks like infra\nbot: retriggered 4 jobs");
    assertThat(events.changes())
        .singleElement()
        .satisfies(
            changed -> assertThat(changed.after().notes()).endsWith("bot: retriggered 4 jobs"));
  }

  @Test
  void aNotesLineRetriedAfterItLandedIsNotAddedTwice() {
    writer.appendNoteLine(SUMMARY, "bot: handed off");
    int puts = puts().size();

    assertThat(writer.appendNoteLine(SUMMARY, "bot: handed off")).isEqualTo(WriteOutcome.WRITTEN);

    assertThat(fake.summaries().get(SUMMARY.value()).path("notes").asString())
        .isEqualTo("first line\nbot: handed off");
    assertThat(puts()).hasSize(puts);
  }

  @Test
  void aThreadEditMergedIntoNotesKeepsTheWebUiLinesAndDropsOnlyWhatTheBotRemoved() {
    fake.summaries().edit(SUMMARY.value(), "notes", "first line\nweb UI line");

    writer.mergeNotes(SUMMARY, "first line", "thread line");

    assertThat(fake.summaries().get(SUMMARY.value()).path("notes").asString())
        .isEqualTo("web UI line\nthread line");
  }

  private List<LoggedRequest> puts() {
    return fake.server().findAll(putRequestedFor(urlPathMatching("/api/performance/.*")));
  }
}
