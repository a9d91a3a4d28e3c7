package dev.perfsheriff.chat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.command.Access;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chat ids per platform map to roles; access is checked per command; refusals are polite. */
class RolesTest {

  private static final ChatProperties CONFIG =
      new ChatProperties(
          new ChatProperties.Sheriffs(List.of("slack:U1", "carol", "U77"), List.of("bob")),
          Map.of("bob", List.of("matrix:@bob:mozilla.org", "console:bob")),
          ChatProperties.Rotation.none(),
          ChatProperties.Commands.defaults());
  private final Roles roles = new Roles(CONFIG);
  private final AccessPolicy policy = new AccessPolicy(roles);

  @Test
  void qualifiedIdsMatchOnlyTheirPlatform() {
    assertThat(roles.rolesOf(actor("slack", "U1"))).containsExactly(Role.CODE_SHERIFF);
    assertThat(roles.rolesOf(actor("matrix", "U1"))).isEmpty();
  }

  @Test
  void bareIdsMatchOnEveryPlatform() {
    assertThat(roles.rolesOf(actor("slack", "U77"))).containsExactly(Role.CODE_SHERIFF);
    assertThat(roles.rolesOf(actor("console", "carol"))).containsExactly(Role.CODE_SHERIFF);
  }

  @Test
  void peopleHaveOneIdPerPlatform() {
    assertThat(roles.rolesOf(actor("matrix", "@bob:mozilla.org")))
        .containsExactly(Role.PERF_SHERIFF);
    assertThat(roles.rolesOf(actor("console", "bob"))).containsExactly(Role.PERF_SHERIFF);
    assertThat(roles.rolesOf(actor("slack", "bob"))).isEmpty();
    Person bob = roles.resolve("bob");
    assertThat(bob.idOn("matrix")).contains("@bob:mozilla.org");
    assertThat(bob.idOn("slack")).isEmpty();
  }

  @Test
  void matrixIdsWithoutAPlatformAreBare() {
    Person person = Person.ofId("@dave:mozilla.org");
    assertThat(person.bareIds()).containsExactly("@dave:mozilla.org");
    assertThat(person.is(actor("matrix", "@dave:mozilla.org"))).isTrue();
  }

  @Test
  void everyoneMayRead() {
    assertThat(policy.refusal(actor("slack", "stranger"), Access.EVERYONE, "show")).isEmpty();
  }

  @Test
  void sheriffsOfEitherRoleMayAct() {
    assertThat(policy.refusal(actor("slack", "U1"), Access.SHERIFF, "pick")).isEmpty();
    assertThat(policy.refusal(actor("console", "bob"), Access.SHERIFF, "pick")).isEmpty();
  }

  @Test
  void onlyPerfSheriffsMayDoPerfSheriffDuties() {
    assertThat(policy.refusal(actor("console", "bob"), Access.PERF_SHERIFF, "case")).isEmpty();
    assertThat(policy.refusal(actor("slack", "U1"), Access.PERF_SHERIFF, "case"))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal.plainText())
                    .isEqualTo(
                        "Sorry U1, `case` is for perf sheriffs, and you are configured as a code"
                            + " sheriff only."));
  }

  @Test
  void unknownUsersArePolitelyRefusedWithTheIdToConfigure() {
    assertThat(policy.refusal(new Actor("slack", "U9", "Zoe"), Access.SHERIFF, "retrigger"))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal.plainText())
                    .startsWith(
                        "Sorry Zoe, I don't know you as a sheriff, so I can't run `retrigger`")
                    .contains("slack:U9")
                    .contains("perfsheriff.sheriffs.code"));
  }

  @Test
  void nobodyMayActByDefault() {
    AccessPolicy closed = new AccessPolicy(new Roles(ChatProperties.of(List.of(), List.of())));
    assertThat(closed.refusal(actor("console", "alice"), Access.SHERIFF, "pick")).isPresent();
  }

  private static Actor actor(String platform, String id) {
    return new Actor(platform, id, null);
  }
}
