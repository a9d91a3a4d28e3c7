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
import dev.perfsheriff.shared.Secret;
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
                URL, noAuth, List.of("talos"), List.of("autoland"), Duration.ZERO),
        "perfsheriff.perfherder.poll-interval");
    assertRefused(
        () -> new PerfherderProperties.Auth(TOKEN, null, 1L, null, null, null),
        "perfsheriff.perfherder.auth.id-token");
    assertRefused(
        () -> new PerfherderProperties.Auth(null, null, null, TOKEN, null, "client"),
        "perfsheriff.perfherder.auth.token-url");
    assertThat(
            new PerfherderProperties(
                    URL, noAuth, List.of("talos"), List.of("autoland"), Duration.ofSeconds(60))
                .canWrite())
        .isFalse();
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
    assertRefused(
        () -> new ChatProperties.Commands(0, 10, 10, 8), "perfsheriff.commands.max-picks");
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

  private static void assertRefused(Executable construction, String key) {
    assertThatThrownBy(construction::execute)
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo(key))
        .hasMessageStartingWith(key + ": ")
        .hasMessageNotContaining("\n");
  }
}
