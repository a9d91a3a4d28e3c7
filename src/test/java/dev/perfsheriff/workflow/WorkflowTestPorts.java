package dev.perfsheriff.workflow;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.AlertSummaries;
import dev.perfsheriff.workflow.domain.AlertSummary;
import dev.perfsheriff.workflow.domain.FakeRevisionData;
import dev.perfsheriff.workflow.domain.OnDutyPerfSheriff;
import dev.perfsheriff.workflow.domain.PerfherderWriteBack;
import dev.perfsheriff.workflow.domain.Summaries;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * In-memory stand-ins for the ports the Perfherder module and the chat rotation implement, so the
 * workflow's integration tests run without them: stateful, and the write-back records every call.
 * Primary, so they win over the real adapters once those exist.
 */
@TestConfiguration
public class WorkflowTestPorts {

  /** Summaries the test puts in, as the Perfherder module's local copy would hold them. */
  public static class InMemorySummaries implements AlertSummaries {
    private final Map<SummaryId, AlertSummary> summaries = new ConcurrentHashMap<>();

    public void put(AlertSummary summary) {
      summaries.put(summary.id(), summary);
    }

    public void clear() {
      summaries.clear();
    }

    @Override
    public Optional<AlertSummary> find(SummaryId id) {
      return Optional.ofNullable(summaries.get(id));
    }

    @Override
    public List<AlertSummary> createdBetween(Instant from, Instant to) {
      return summaries.values().stream()
          .filter(s -> !s.created().isBefore(from) && s.created().isBefore(to))
          .sorted(Comparator.comparing(AlertSummary::created))
          .toList();
    }
  }

  /**
   * Records every write as a line, e.g. {@code star 11 true}; {@link #failNext} makes the next
   * writes fail as an unreachable Perfherder would, and {@link #readOnly} answers as one without
   * credentials.
   */
  public static class RecordingWriteBack implements PerfherderWriteBack {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean readOnly;

    /** The next {@code count} writes throw, as the Perfherder adapter does after its retries. */
    public void failNext(int count) {
      failures.set(count);
    }

    public void readOnly(boolean value) {
      readOnly = value;
    }

    public void reset() {
      calls.clear();
      failures.set(0);
      readOnly = false;
    }

    private WriteOutcome record(String call) {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("Perfherder answered HTTP 503");
      }
      if (readOnly) {
        return WriteOutcome.READ_ONLY;
      }
      calls.add(call);
      return WriteOutcome.WRITTEN;
    }

    @Override
    public boolean canWrite() {
      return !readOnly;
    }

    @Override
    public WriteOutcome setAssignee(SummaryId summary, String username) {
      return record("assignee " + summary + " " + username);
    }

    @Override
    public WriteOutcome setStarred(AlertId alert, boolean starred) {
      return record("star " + alert + " " + starred);
    }

    @Override
    public WriteOutcome setAlertStatus(AlertId alert, AlertStatus status, SummaryId related) {
      return record("alert " + alert + " " + status + " " + related);
    }

    @Override
    public WriteOutcome setSummaryStatus(SummaryId summary, SummaryStatus status) {
      return record("summary " + summary + " " + status);
    }

    @Override
    public WriteOutcome setBugNumber(SummaryId summary, long bugNumber) {
      return record("bug " + summary + " " + bugNumber);
    }

    @Override
    public WriteOutcome appendNoteLine(SummaryId summary, String line) {
      return record("note " + summary + " " + line);
    }
  }

  /** A clock tests move forward by hand. */
  public static class TestClock extends Clock {
    private volatile Instant now = Summaries.T0.plus(Duration.ofHours(1));

    public void set(Instant instant) {
      now = instant;
    }

    public void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  public static final Actor PERF_SHERIFF_ON_DUTY = new Actor("matrix", "@pat:mozilla.org", "Pat");

  @Bean
  @Primary
  InMemorySummaries inMemorySummaries() {
    return new InMemorySummaries();
  }

  @Bean
  @Primary
  FakeRevisionData fakeRevisionData() {
    return new FakeRevisionData();
  }

  @Bean
  @Primary
  RecordingWriteBack recordingWriteBack() {
    return new RecordingWriteBack();
  }

  @Bean
  @Primary
  OnDutyPerfSheriff onDutyPerfSheriff() {
    return instant -> Optional.of(PERF_SHERIFF_ON_DUTY);
  }

  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock();
  }
}
