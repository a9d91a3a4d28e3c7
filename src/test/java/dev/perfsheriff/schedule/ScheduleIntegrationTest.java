package dev.perfsheriff.schedule;

import dev.perfsheriff.testsupport.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Base of the scheduled jobs' ITs: the whole application on the shared PostgreSQL, a clock the
 * tests set, and two recording chat platforms ({@code slack} and {@code matrix}) behind the {@code
 * ChannelPosting} port. Charts the tests produce are written under {@code target/charts/}.
 */
@Import(ScheduleIntegrationTest.Ports.class)
public abstract class ScheduleIntegrationTest extends IntegrationTest {

  @Autowired protected TestClock clock;

  @Autowired
  @SuppressWarnings("unused")
  private Ports ports;

  protected final RecordingChannelPosting slack = Ports.SLACK;
  protected final RecordingChannelPosting matrix = Ports.MATRIX;

  @BeforeEach
  void emptyWorld() {
    truncateAll();
    slack.clear();
    matrix.clear();
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
    TestClock testClock() {
      return new TestClock();
    }
  }

  /** A clock tests set by hand. */
  public static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2026-03-10T07:00:00Z");

    public void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
