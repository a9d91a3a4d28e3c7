package dev.perfsheriff.schedule;

import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.ledger.MutableClock;
import dev.perfsheriff.taskcluster.TaskclusterFake;
import dev.perfsheriff.testsupport.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the scheduled jobs' ITs: the whole application on the shared PostgreSQL, a clock the
 * tests set, and two recording chat platforms ({@code slack} and {@code matrix}) behind the {@code
 * ChannelPosting} port. Charts the tests produce are written under {@code target/charts/}.
 */
@Import(ScheduleIntegrationTest.Ports.class)
@TestPropertySource(
    properties = {
      "perfsheriff.sheriffs.perf=pat,quinn",
      "perfsheriff.people.pat=slack:UPAT,matrix:@pat:mozilla.org",
      "perfsheriff.people.quinn=slack:UQUINN,matrix:@quinn:mozilla.org",
      "perfsheriff.rotation.schedule[0].shift=night",
      "perfsheriff.rotation.schedule[0].sheriff=pat",
      "perfsheriff.rotation.schedule[1].shift=day",
      "perfsheriff.rotation.schedule[1].sheriff=quinn",
      "perfsheriff.rotation.schedule[2].shift=evening",
      "perfsheriff.rotation.schedule[2].sheriff=pat"
    })
public abstract class ScheduleIntegrationTest extends IntegrationTest {

  @Autowired protected MutableClock clock;

  @Autowired
  @SuppressWarnings("unused")
  private Ports ports;

  protected final RecordingChannelPosting slack = Ports.SLACK;
  protected final RecordingChannelPosting matrix = Ports.MATRIX;
  protected final RecordingChatPlatform slackThreads = Ports.SLACK_THREADS;
  protected final RecordingChatPlatform matrixThreads = Ports.MATRIX_THREADS;

  /** Bugzilla's REST API is stubbed on the shared WireMock server of the Taskcluster fake. */
  @DynamicPropertySource
  static void bugzilla(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.bugzilla.base-url", TaskclusterFake.SHARED::rootUrl);
  }

  @BeforeEach
  void emptyWorld() {
    truncateAll();
    slack.clear();
    matrix.clear();
    slackThreads.sent.clear();
    matrixThreads.sent.clear();
  }

  /** A summary's card as posted on {@code platform} (the announcement record). */
  protected void cardPosted(long summary, String platform) {
    jdbc.sql(
            "INSERT INTO chat_announced_card (summary_id, platform, conversation, message_id,"
                + " confirmed_at) VALUES (?, ?, 'sheriffs', ?, now())")
        .params(summary, platform, "card-" + summary)
        .update();
  }

  /** The workflow's record of a summary, as the workflow stores it. */
  protected void summaryTracked(
      long summary, Instant created, String state, boolean regression, Long bug) {
    jdbc.sql(
            """
            INSERT INTO workflow_summary (summary_id, repository, summary_created, state,
                   perfherder_status, regression, bug_number, bug_linked_at, updated_at)
            VALUES (?, 'autoland', ?, ?, 'UNTRIAGED', ?, ?, ?, now())
            """)
        .params(
            summary,
            java.sql.Timestamp.from(created),
            state,
            regression,
            bug,
            bug == null ? null : java.sql.Timestamp.from(created.plusSeconds(3600)))
        .update();
  }

  /** Decodes {@code png} and keeps it as {@code target/charts/<name>} for people to look at. */
  protected static BufferedImage keepChart(String name, byte[] png) {
    try {
      Path dir = Path.of("target", "charts");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Ports {
    static final RecordingChannelPosting SLACK = new RecordingChannelPosting("slack");
    static final RecordingChannelPosting MATRIX = new RecordingChannelPosting("matrix");
    static final RecordingChatPlatform SLACK_THREADS = new RecordingChatPlatform("slack");
    static final RecordingChatPlatform MATRIX_THREADS = new RecordingChatPlatform("matrix");

    @Bean
    RecordingChatPlatform slackThreads() {
      return SLACK_THREADS;
    }

    @Bean
    RecordingChatPlatform matrixThreads() {
      return MATRIX_THREADS;
    }

    @Bean
    RecordingChannelPosting slackPosting() {
      return SLACK;
    }

    @Bean
    RecordingChannelPosting matrixPosting() {
      return MATRIX;
    }

    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(Instant.parse("2026-03-10T07:00:00Z"));
    }
  }
}
