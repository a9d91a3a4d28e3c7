package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.identity.Person;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom the page may act as: every configured sheriff with a console id ({@code console:<name>}, or
 * a bare id, which matches on every platform), plus a guest who holds no role (read-only commands).
 * Roles are the core's: acting as someone only names the actor, the dispatcher decides what they
 * may do.
 */
final class ConsoleIdentities {

  /** The id {@link ConsoleDefaults} gives both roles when no sheriff is configured. */
  static final String DEMO_SHERIFF = "demo-sheriff";

  static final String GUEST = "guest";

  /** One choice of the page's "act as" list. */
  record Identity(String userId, String name, Set<Role> roles) {

    boolean demo() {
      return DEMO_SHERIFF.equals(userId);
    }

    /** E.g. "alice (code sheriff)", the demo sheriff marked as such. */
    String label() {
      if (demo()) {
        return "Demo sheriff (local only, code and perf sheriff)";
      }
      if (roles.isEmpty()) {
        return name + " (read-only)";
      }
      List<String> held = new ArrayList<>();
      if (roles.contains(Role.CODE_SHERIFF)) {
        held.add("code sheriff");
      }
      if (roles.contains(Role.PERF_SHERIFF)) {
        held.add("perf sheriff");
      }
      return name + " (" + String.join(", ", held) + ")";
    }

    Actor actor() {
      return new Actor(ConsoleChatPlatform.NAME, userId, demo() ? "demo sheriff" : name);
    }
  }

  private final Map<String, Identity> identities = new LinkedHashMap<>();

  ConsoleIdentities(Roles roles) {
    List<Person> people = new ArrayList<>(roles.withRole(Role.CODE_SHERIFF));
    people.addAll(roles.withRole(Role.PERF_SHERIFF));
    for (Person person : people) {
      person
          .idOn(ConsoleChatPlatform.NAME)
          .ifPresent(
              id -> {
                // A sheriff configured by id alone is named by it: "alice", not "console:alice".
                String name = person.qualifiedIds().contains(person.name()) ? id : person.name();
                Actor actor = new Actor(ConsoleChatPlatform.NAME, id, name);
                identities.putIfAbsent(id, new Identity(id, name, roles.rolesOf(actor)));
              });
    }
    identities.putIfAbsent(GUEST, new Identity(GUEST, GUEST, Set.of()));
  }

  List<Identity> all() {
    return List.copyOf(identities.values());
  }

  Optional<Identity> find(String userId) {
    return Optional.ofNullable(userId).map(identities::get);
  }
}
