package dev.perfsheriff.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.bugzilla.BugzillaProperties;
import dev.perfsheriff.chat.matrix.MatrixProperties;
import dev.perfsheriff.chat.slack.SlackProperties;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.schedule.ScheduleProperties;
import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Secret;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each module's properties record refuses values that cannot work, naming the key. */
class ConfigRecordsTest {

  private static final Secret TOKEN = Secret.of("xoxb-123");
  private static final URI URL = URI.create("https://example.org");
  private static final PerfherderProperties.Http PERFHERDER_HTTP =
      new PerfherderProperties.Http(
          "bot/1",
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          3,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30));
  private static final PerfherderProperties.Sync PERFHERDER_SYNC =
      new PerfherderProperties.Sync(
          10,
          100,
          Duration.ofMinutes(15),
          Duration.ofDays(14),
          Duration.ofDays(2),
          5,
          Duration.ofMinutes(15),
          Duration.ofHours(12));

  @Test
  void quotaMustNotBeNegativeAndDefaultsToThreeUtcShifts() {
    assertRefused(
        () -> new QuotaProperties(-5, null), "perfsheriff.quota.jobs-per-platform-per-shift");
    QuotaProperties defaults = new QuotaProperties(100, null);
    assertThat(defaults.shifts()).hasSize(3);
    assertThat(defaults.shifts()).allMatch(s -> s.zone().equals(ZoneId.of("UTC")));
  }

  @Test
  void shiftsNeedDistinctStartAndEnd() {
    var empty = new QuotaProperties.Shift("x", LocalTime.NOON, LocalTime.NOON, ZoneId.of("UTC"));
    assertRefused(
        () -> new QuotaProperties(100, List.of(empty)), "perfsheriff.quota.shifts[0].end");
  }

  @Test
  void cronMustParse() {
    assertRefused(
        () -> new ScheduleProperties("every morning", "0 0 7,19 * * ?", ZoneId.of("UTC")),
        "perfsheriff.schedule.load-report");
    assertThat(new ScheduleProperties("0 0 7,19 * * ?", "0 30 6 * * MON-FRI", ZoneId.of("UTC")))
        .isNotNull();
  }

  @Test
  void slackBotTokenNeedsASigningSecretOrAppToken() {
    assertRefused(
        () -> new SlackProperties(TOKEN, null, null, URL, "C123"),
        "perfsheriff.slack.signing-secret");
    assertRefused(
        () -> new SlackProperties(TOKEN, Secret.of("s"), null, URL, null),
        "perfsheriff.slack.channel");
    assertThat(new SlackProperties(TOKEN, null, Secret.of("xapp"), URL, "C1").socketMode())
        .isTrue();
    assertThat(new SlackProperties(null, null, null, URL, null).enabled()).isFalse();
  }

  @Test
  void matrixIsAllOrNothing() {
    assertRefused(
        () -> new MatrixProperties(URL, null, "@bot:x", "!room:x"),
        "perfsheriff.matrix.access-token");
    assertRefused(
        () -> new MatrixProperties(URL, TOKEN, "bot", "!room:x"), "perfsheriff.matrix.user-id");
    assertThat(new MatrixProperties(null, null, null, null).enabled()).isFalse();
  }

  @Test
  void taskclusterCredentialsComeInPairs() {
    assertRefused(
        () -> new TaskclusterProperties(URL, "client", null),
        "perfsheriff.taskcluster.access-token");
    assertThat(new TaskclusterProperties(URL, null, null).dryRun()).isTrue();
  }

  @Test
  void perfherderNeedsPositivePollingAndCompleteTokens() {
    var noAuth = new PerfherderProperties.Auth(null, null, null, null, null, null);
    assertRefused(
        () ->
            new PerfherderProperties(
                URL,
                noAuth,
                List.of("talos"),
                List.of("autoland"),
                Duration.ZERO,
                PERFHERDER_HTTP,
                PERFHERDER_SYNC),
        "perfsheriff.perfherder.poll-interval");
    assertRefused(
        () -> new PerfherderProperties.Auth(TOKEN, null, 1L, null, null, null),
        "perfsheriff.perfherder.auth.id-token");
    assertRefused(
        () -> new PerfherderProperties.Auth(null, null, null, TOKEN, null, "client"),
        "perfsheriff.perfherder.auth.token-url");
    assertThat(
            new PerfherderProperties(
                    URL,
                    noAuth,
                    List.of("talos"),
                    List.of("autoland"),
                    Duration.ofSeconds(60),
                    PERFHERDER_HTTP,
                    PERFHERDER_SYNC)
                .canWrite())
        .isFalse();
  }

  @Test
  void perfherderRetriesPagesAndSessionRenewalMustBeSane() {
    assertRefused(
        () ->
            new PerfherderProperties.Http(
                "",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2)),
        "perfsheriff.perfherder.http.user-agent");
    assertRefused(
        () ->
            new PerfherderProperties.Http(
                "bot",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                0,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2)),
        "perfsheriff.perfherder.http.max-attempts");
    assertRefused(
        () ->
            new PerfherderProperties.Sync(
                10,
                101,
                Duration.ofMinutes(1),
                Duration.ofDays(1),
                Duration.ofDays(1),
                5,
                Duration.ofMinutes(15),
                Duration.ofHours(12)),
        "perfsheriff.perfherder.sync.page-size");
    assertRefused(
        () ->
            new PerfherderProperties.Sync(
                10,
                100,
                Duration.ofMinutes(1),
                Duration.ofDays(1),
                Duration.ofDays(1),
                5,
                Duration.ofMinutes(50),
                Duration.ofHours(12)),
        "perfsheriff.perfherder.sync.session-renewal");
  }

  @Test
  void bugzillaUrlMustBeAbsolute() {
    assertRefused(
        () -> new BugzillaProperties(URI.create("bugzilla"), null),
        "perfsheriff.bugzilla.base-url");
  }

  @Test
  void secretsNeverPrintTheirValue() {
    var slack = new SlackProperties(TOKEN, Secret.of("signing"), null, URL, "C1");
    assertThat(slack.toString()).doesNotContain("xoxb-123").doesNotContain("signing,");
    assertThat(TOKEN.toString()).isEqualTo("******");
    assertThat(TOKEN.reveal()).isEqualTo("xoxb-123");
  }

  private static void assertRefused(Executable construction, String key) {
    assertThatThrownBy(construction::execute)
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo(key))
        .hasMessageStartingWith(key + ": ")
        .hasMessageNotContaining("\n");
  }
}
