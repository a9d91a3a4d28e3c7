package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Actor;
import java.time.Instant;
import java.util.Optional;

/** Port: who is the perf sheriff on duty at an instant (implemented from the rotation by chat). */
public interface OnDutyPerfSheriff {

  Optional<Actor> at(Instant instant);
}
