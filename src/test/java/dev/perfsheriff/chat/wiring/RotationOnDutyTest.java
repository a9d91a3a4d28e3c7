package dev.perfsheriff.chat.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.shared.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The perf sheriff on duty as the workflow records them. */
class RotationOnDutyTest {

  @Test
  void aQualifiedIdNamesThePlatform() {
    Person bob = Person.of("bob", List.of("slack:U2", "matrix:@bob:mozilla.org", "U9"));

    assertThat(RotationOnDuty.actor(bob)).isEqualTo(new Actor("matrix", "@bob:mozilla.org", "bob"));
  }

  @Test
  void aBareIdStandsForEveryPlatform() {
    Person pat = Person.ofId("U123");

    assertThat(RotationOnDuty.actor(pat)).isEqualTo(new Actor("chat", "U123", "U123"));
  }
}
