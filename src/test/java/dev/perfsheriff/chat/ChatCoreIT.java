package dev.perfsheriff.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.workflow.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Sheriffs, people, rotation and command limits bind from Spring properties as documented. */
@TestPropertySource(
    properties = {
      "perfsheriff.sheriffs.code=console:alice,U123",
      "perfsheriff.sheriffs.perf=bob",
      "perfsheriff.people.bob=matrix:@bob:mozilla.org,console:bob",
      "perfsheriff.rotation.schedule[0].shift=day",
      "perfsheriff.rotation.schedule[0].sheriff=bob",
      "perfsheriff.rotation.schedule[1].shift=day",
      "perfsheriff.rotation.schedule[1].weekday=FRIDAY",
      "perfsheriff.rotation.schedule[1].sheriff=console:alice",
      "perfsheriff.rotation.overrides[0].date=2026-12-24",
      "perfsheriff.rotation.overrides[0].sheriff=console:carol",
      "perfsheriff.commands.max-picks=3"
    })
class ChatCoreIT extends IntegrationTest {

  @Autowired Roles roles;
  @Autowired Rotation rotation;
  @Autowired CommandGrammar grammar;

  @Test
  void sheriffsAndPeopleBindPerPlatform() {
    assertThat(roles.rolesOf(new Actor("console", "alice", null)))
        .containsExactly(Role.CODE_SHERIFF);
    assertThat(roles.rolesOf(new Actor("slack", "U123", null))).containsExactly(Role.CODE_SHERIFF);
    assertThat(roles.rolesOf(new Actor("matrix", "@bob:mozilla.org", null)))
        .containsExactly(Role.PERF_SHERIFF);
  }

  @Test
  void theRotationUsesTheQuotaShiftsWithWeekdaysAndOverrides() {
    assertThat(sheriffAt("2026-11-23T12:00:00Z")).isEqualTo("bob");
    assertThat(sheriffAt("2026-11-27T12:00:00Z")).isEqualTo("console:alice");
    assertThat(sheriffAt("2026-12-24T12:00:00Z")).isEqualTo("console:carol");
    assertThat(rotation.onDuty(Instant.parse("2026-11-23T20:00:00Z"))).isEmpty();
  }

  @Test
  void commandLimitsComeFromConfiguration() {
    assertThat(grammar.find("pick").orElseThrow().description()).contains("at most 3");
  }

  private String sheriffAt(String instant) {
    return rotation.onDuty(Instant.parse(instant)).orElseThrow().sheriff().name();
  }
}
