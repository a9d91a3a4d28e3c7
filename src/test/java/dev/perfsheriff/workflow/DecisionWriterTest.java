package dev.perfsheriff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.shared.AlertId;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.AlertStatus;
import dev.perfsheriff.workflow.domain.PerfherderWriteBack;
import dev.perfsheriff.workflow.domain.SummaryStatus;
import dev.perfsheriff.workflow.domain.WriteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class PerfherderWriterTest {

  private static DecisionWriter writer(PerfherderWriteBack port) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (port != null) {
      beans.addBean("writeBack", port);
    }
    return new DecisionWriter(beans.getBeanProvider(PerfherderWriteBack.class));
  }

  private static final List<DecisionWriter.Write> STAR =
      List.of(
          new DecisionWriter.Write("star alert 11", port -> port.setStarred(AlertId.of(11), true)));

  @Test
  void withoutThePerfherderModuleNothingIsWrittenAndItSaysSo() {
    assertThat(writer(null).write(STAR))
        .containsExactly(
            "not written to Perfherder: Perfherder module unavailable (star alert 11).");
  }

  @Test
  void readOnlyAndFailedWritesAreToldApart() {
    WriteBackStub readOnly = new WriteBackStub(WriteOutcome.READ_ONLY, null);
    assertThat(writer(readOnly).write(STAR))
        .containsExactly(
            "Perfherder is read-only (no credentials), recorded in the bot only: star alert 11.");
    WriteBackStub failing = new WriteBackStub(null, "HTTP 503 from Perfherder");
    assertThat(writer(failing).write(STAR))
        .containsExactly(
            "not written to Perfherder: star alert 11 failed (HTTP 503 from Perfherder).");
    assertThat(writer(failing).write(List.of())).isEmpty();
  }

  /** Answers every write the same way, or fails with {@code failure}. */
  private record WriteBackStub(WriteOutcome outcome, String failure)
      implements PerfherderWriteBack {
    private WriteOutcome answer() {
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return outcome;
    }

    @Override
    public boolean canWrite() {
      return outcome == WriteOutcome.WRITTEN;
    }

    @Override
    public WriteOutcome setStarred(AlertId alert, boolean starred) {
      return answer();
    }

    @Override
    public WriteOutcome setAlertStatus(AlertId alert, AlertStatus status, SummaryId related) {
      return answer();
    }

    @Override
    public WriteOutcome setSummaryStatus(SummaryId summary, SummaryStatus status) {
      return answer();
    }

    @Override
    public WriteOutcome setBugNumber(SummaryId summary, long bugNumber) {
      return answer();
    }

    @Override
    public WriteOutcome appendNoteLine(SummaryId summary, String line) {
      return answer();
    }
  }
}
