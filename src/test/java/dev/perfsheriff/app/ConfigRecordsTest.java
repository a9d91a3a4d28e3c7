package dev.perfsheriff.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.bugzilla.BugzillaProperties;
import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.matrix.MatrixProperties;
import dev.perfsheriff.chat.slack.SlackProperties;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.schedule.ScheduleProperties;
import dev.perfsheriff.shared.InvalidConfigException;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.Secret;
import dev.perfsheriff.taskcluster.BacklogRule;
import dev.perfsheriff.taskcluster.TaskclusterProperties;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
  void quotaPlatformPatternsAndCapOverridesAreChecked() {
    QuotaProperties defaults = new QuotaProperties(100, null);
    assertThat(defaults.platforms())
        .extracting(QuotaProperties.PlatformRule::family)
        .containsExactly("windows", "linux", "osx", "android");
    var broken = new QuotaProperties.PlatformRule("^(windows", "windows");
    assertRefused(
        () -> new QuotaProperties(100, null, List.of(broken), null),
        "perfsheriff.quota.platforms[0].pattern");
    var nameless = new QuotaProperties.PlatformRule("^windows", " ");
    assertRefused(
        () -> new QuotaProperties(100, null, List.of(nameless), null),
        "perfsheriff.quota.platforms[0].family");
    assertRefused(
        () -> new QuotaProperties(100, null, null, Map.of("osx", -1)),
        "perfsheriff.quota.platform-caps.osx");
    assertRefused(
        () -> new QuotaProperties(100, null, null, Map.of("solaris", 10)),
        "perfsheriff.quota.platform-caps.solaris");
    assertThat(
            new QuotaProperties(100, null, null, Map.of("osx", 20))
                .caps()
                .capOf(Platform.of("osx")))
        .isEqualTo(20);
  }

  @Test
  void cronMustParse() {
    String twiceADay = "0 0 7,19 * * ?";
    Duration tenMinutes = Duration.ofMinutes(10);
    assertRefused(
        () -> schedule("every morning", twiceADay, tenMinutes, 20, 24),
        "perfsheriff.schedule.load-report");
    // Quartz (which runs them) wants '?' in one of the two day fields.
    assertRefused(
        () -> schedule(twiceADay, "0 30 6 * * MON-FRI", tenMinutes, 20, 24),
        "perfsheriff.schedule.graph-check");
    assertThat(schedule(twiceADay, "0 30 6 ? * MON-FRI", tenMinutes, 20, 24)).isNotNull();
    assertRefused(
        () -> schedule(twiceADay, twiceADay, Duration.ofSeconds(5), 20, 24),
        "perfsheriff.schedule.load-sample-interval");
    assertRefused(
        () -> schedule(twiceADay, twiceADay, tenMinutes, 24, 20),
        "perfsheriff.schedule.bug-watch-second");
  }

  private static ScheduleProperties schedule(
      String loadReport, String graphCheck, Duration sampling, int firstPing, int secondPing) {
    return new ScheduleProperties(
        loadReport,
        graphCheck,
        "0 30 5 * * ?",
        "0 0 8 1 * ?",
        sampling,
        Duration.ofHours(firstPing),
        Duration.ofHours(secondPing),
        ZoneId.of("UTC"));
  }

  @Test
  void slackBotTokenNeedsASigningSecretOrAppToken() {
    assertRefused(() -> slack(TOKEN, null, null, URL, "C123"), "perfsheriff.slack.signing-secret");
    assertRefused(() -> slack(TOKEN, Secret.of("s"), null, URL, null), "perfsheriff.slack.channel");
    assertThat(slack(TOKEN, null, Secret.of("xapp"), URL, "C1").socketMode()).isTrue();
    assertThat(slack(null, null, null, URL, null).enabled()).isFalse();
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
  void matrixSyncMustNotOutlastItsLeaseAndSendsNeedAttempts() {
    assertRefused(
        () -> new MatrixProperties.Sync(Duration.ofSeconds(60), Duration.ofSeconds(40), null, 0),
        "perfsheriff.matrix.sync.timeout");
    assertRefused(
        () -> new MatrixProperties.Send(null, null, -1, null),
        "perfsheriff.matrix.send.max-attempts");
    var defaults = new MatrixProperties(URL, TOKEN, "@bot:x", "!room:x");
    assertThat(defaults.sync().timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(defaults.send().maxAttempts()).isEqualTo(8);
  }

  @Test
  void taskclusterCredentialsComeInPairs() {
    assertRefused(
        () -> new TaskclusterProperties(URL, "client", null),
        "perfsheriff.taskcluster.access-token");
    assertThat(new TaskclusterProperties(URL, null, null).dryRun()).isTrue();
  }

  @Test
  void taskclusterPoolsAndBacklogRuleAreChecked() {
    assertRefused(
        () ->
            new TaskclusterProperties(
                URL, null, null, null, null, null, 3, null, List.of("no-slash"), null, null),
        "perfsheriff.taskcluster.perf-pools");
    assertRefused(
        () ->
            new TaskclusterProperties(
                URL, null, null, null, null, null, -1, null, null, null, null),
        "perfsheriff.taskcluster.max-retries");
    assertRefused(
        () -> new BacklogRule(100, 1.0, 2.0, "", 20),
        "perfsheriff.taskcluster.backlog.busy-per-worker");
    TaskclusterProperties defaults = new TaskclusterProperties(URL, null, null);
    assertThat(defaults.perfPools()).contains("releng-hardware/gecko-t-linux-talos-2404");
    assertThat(defaults.backlog()).isEqualTo(BacklogRule.defaults());
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
    var slack = slack(TOKEN, Secret.of("signing"), null, URL, "C1");
    assertThat(slack.toString()).doesNotContain("xoxb-123").doesNotContain("signing,");
    assertThat(TOKEN.toString()).isEqualTo("******");
    assertThat(TOKEN.reveal()).isEqualTo("xoxb-123");
  }

  @Test
  void chatRotationEntriesNameASheriffAndLimitsArePositive() {
    var sheriffs = new ChatProperties.Sheriffs(List.of(), List.of());
    var noSheriff =
        new ChatProperties.Rotation(
            List.of(new ChatProperties.Rotation.Entry("day", null, " ")), List.of());
    assertRefused(
        () -> new ChatProperties(sheriffs, Map.of(), noSheriff, ChatProperties.Commands.defaults()),
        "perfsheriff.rotation.schedule[0].sheriff");
    var undated =
        new ChatProperties.Rotation(
            List.of(), List.of(new ChatProperties.Rotation.DatedOverride(null, null, "bob")));
    assertRefused(
        () -> new ChatProperties(sheriffs, Map.of(), undated, ChatProperties.Commands.defaults()),
        "perfsheriff.rotation.overrides[0].date");
    assertRefused(() -> new ChatProperties.Commands(0, 10, 8), "perfsheriff.commands.max-picks");
    assertRefused(
        () ->
            new ChatProperties(
                sheriffs,
                Map.of("bob", List.of()),
                ChatProperties.Rotation.none(),
                ChatProperties.Commands.defaults()),
        "perfsheriff.people.bob");
    var dated =
        new ChatProperties.Rotation(
            List.of(),
            List.of(
                new ChatProperties.Rotation.DatedOverride(
                    LocalDate.parse("2026-12-24"), null, "bob")));
    assertThat(
            new ChatProperties(sheriffs, null, dated, ChatProperties.Commands.defaults()).people())
        .isEmpty();
  }

  @Test
  void chatClaimLeaseAndCardSweepArePositiveDurationsWithDefaults() {
    ChatProperties.Chat defaults = ChatProperties.Chat.defaults();
    assertThat(defaults.claimLease()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.sweepInterval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(defaults.sweepWindow()).isEqualTo(Duration.ofDays(2));
    Duration second = Duration.ofSeconds(1);
    Duration wait = Duration.ofMillis(700);
    assertRefused(
        () -> new ChatProperties.Chat(false, 4, 100, wait, Duration.ZERO, second, second),
        "perfsheriff.chat.claim-lease");
    assertRefused(
        () -> new ChatProperties.Chat(false, 4, 100, wait, second, second.negated(), second),
        "perfsheriff.chat.sweep-interval");
    assertRefused(
        () -> new ChatProperties.Chat(false, 4, 100, wait, second, second, null),
        "perfsheriff.chat.sweep-window");
  }

  private static void assertRefused(Executable construction, String key) {
    assertThatThrownBy(construction::execute)
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo(key))
        .hasMessageStartingWith(key + ": ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void slackTransportSettingsMustBePositive() {
    assertRefused(
        () ->
            new SlackProperties(
                null,
                null,
                null,
                URL,
                null,
                Duration.ZERO,
                Duration.ofSeconds(5),
                10,
                Duration.ofMinutes(2),
                Duration.ofMillis(500),
                4,
                Duration.ofDays(1)),
        "perfsheriff.slack.min-post-interval");
    assertRefused(
        () ->
            new SlackProperties(
                null,
                null,
                null,
                URL,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                0,
                Duration.ofMinutes(2),
                Duration.ofMillis(500),
                4,
                Duration.ofDays(1)),
        "perfsheriff.slack.max-post-attempts");
  }

  private static SlackProperties slack(
      Secret botToken, Secret signingSecret, Secret appToken, URI apiUrl, String channel) {
    return new SlackProperties(
        botToken,
        signingSecret,
        appToken,
        apiUrl,
        channel,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        10,
        Duration.ofMinutes(2),
        Duration.ofMillis(500),
        4,
        Duration.ofDays(1));
  }
}
