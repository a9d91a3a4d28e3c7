package dev.perfsheriff.perfherder;

import dev.perfsheriff.workflow.domain.SummaryAppeared;
import dev.perfsheriff.workflow.domain.SummaryChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Listens like the workflow core will, and remembers every summary event in order. */
public class RecordedSummaryEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @EventListener
  void appeared(SummaryAppeared event) {
    events.add(event);
  }

  @EventListener
  void changed(SummaryChanged event) {
    events.add(event);
  }

  public void clear() {
    events.clear();
  }

  public List<Long> appearedIds() {
    return events.stream()
        .filter(SummaryAppeared.class::isInstance)
        .map(e -> ((SummaryAppeared) e).summary().id().value())
        .toList();
  }

  public List<SummaryChanged> changes() {
    return events.stream()
        .filter(SummaryChanged.class::isInstance)
        .map(SummaryChanged.class::cast)
        .toList();
  }
}
