package dev.perfsheriff.chat.wiring;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.OnDutyPerfSheriff;
import java.time.Instant;
import java.util.Optional;

/**
 * The workflow's {@link OnDutyPerfSheriff} port from the chat rotation. The workflow records the
 * perf sheriff as an {@link Actor}: a person's first platform-qualified id (in sorted order, so the
 * choice is stable), else their bare id on the platform {@value #ANY_PLATFORM}.
 */
public final class RotationOnDuty implements OnDutyPerfSheriff {

  static final String ANY_PLATFORM = "chat";

  private final Rotation rotation;

  public RotationOnDuty(Rotation rotation) {
    this.rotation = rotation;
  }

  @Override
  public Optional<Actor> at(Instant instant) {
    return rotation.onDuty(instant).map(duty -> actor(duty.sheriff()));
  }

  static Actor actor(Person person) {
    Optional<String> qualified = person.qualifiedIds().stream().sorted().findFirst();
    if (qualified.isPresent()) {
      String id = qualified.get();
      int colon = id.indexOf(':');
      return new Actor(id.substring(0, colon), id.substring(colon + 1), person.name());
    }
    String bare = person.bareIds().stream().sorted().findFirst().orElse(person.name());
    return new Actor(ANY_PLATFORM, bare, person.name());
  }
}
