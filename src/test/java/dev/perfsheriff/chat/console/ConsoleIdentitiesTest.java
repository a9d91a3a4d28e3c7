package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.workflow.domain.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whom the page may act as: configured sheriffs with a console id, and a read-only guest. */
class ConsoleIdentitiesTest {

  @Test
  void sheriffsWithAConsoleIdAreOfferedWithTheirRolesAndOthersAreNot() {
    ChatProperties config =
        new ChatProperties(
            new ChatProperties.Sheriffs(
                List.of("console:alice", "slack:U9SLACKONLY", "bob"), List.of("bob")),
            Map.of("bob", List.of("slack:U0BOB", "console:bobby")),
            ChatProperties.Rotation.none(),
            ChatProperties.Commands.defaults());

    ConsoleIdentities identities = new ConsoleIdentities(new Roles(config));

    assertThat(identities.all())
        .extracting(ConsoleIdentities.Identity::userId)
        .containsExactly("alice", "bobby", ConsoleIdentities.GUEST);
    assertThat(identities.find("alice").orElseThrow().label()).isEqualTo("alice (code sheriff)");
    assertThat(identities.find("bobby").orElseThrow().roles())
        .containsExactlyInAnyOrder(Role.CODE_SHERIFF, Role.PERF_SHERIFF);
    assertThat(identities.find("bobby").orElseThrow().actor().qualifiedId())
        .isEqualTo("console:bobby");
    assertThat(identities.find(ConsoleIdentities.GUEST).orElseThrow().roles()).isEmpty();
    assertThat(identities.find("U9SLACKONLY")).isEmpty();
  }

  @Test
  void theDemoSheriffIsMarkedAsSuch() {
    String demo = "console:" + ConsoleIdentities.DEMO_SHERIFF;
    ConsoleIdentities identities =
        new ConsoleIdentities(new Roles(ChatProperties.of(List.of(demo), List.of(demo))));

    ConsoleIdentities.Identity identity = identities.all().get(0);

    assertThat(identity.demo()).isTrue();
    assertThat(identity.label()).startsWith("Demo sheriff (local only");
    assertThat(identity.roles()).containsExactlyInAnyOrder(Role.CODE_SHERIFF, Role.PERF_SHERIFF);
  }
}
