package dev.perfsheriff.chat.identity;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.workflow.domain.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who in chat: maps an {@link Actor} to the sheriff roles configured for them ({@code
 * perfsheriff.sheriffs.code}/{@code .perf}, entries being ids or names of {@code
 * perfsheriff.people}), and resolves names (e.g. from the rotation) to people to mention.
 */
public final class Roles {

  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<Role, List<Person>> byRole = new LinkedHashMap<>();

  public Roles(ChatProperties properties) {
    properties.people().forEach((name, ids) -> people.put(name, Person.of(name, ids)));
    byRole.put(Role.CODE_SHERIFF, resolveAll(properties.sheriffs().code()));
    byRole.put(Role.PERF_SHERIFF, resolveAll(properties.sheriffs().perf()));
  }

  /** The actor's roles; empty for users the configuration does not name. */
  public Set<Role> rolesOf(Actor actor) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    byRole.forEach(
        (role, persons) -> {
          if (persons.stream().anyMatch(person -> person.is(actor))) {
            roles.add(role);
          }
        });
    return roles;
  }

  /** The people configured for {@code role}, in the order listed. */
  public List<Person> withRole(Role role) {
    return List.copyOf(byRole.get(role));
  }

  /** The configured person the actor is, if any (named in a role list or in {@code people}). */
  public Optional<Person> personOf(Actor actor) {
    return allPeople().stream().filter(person -> person.is(actor)).findFirst();
  }

  /**
   * The person a configuration entry names: a name of {@code perfsheriff.people}, or a chat id
   * standing for itself.
   */
  public Person resolve(String nameOrId) {
    Person person = people.get(nameOrId.trim());
    return person != null ? person : Person.ofId(nameOrId);
  }

  private List<Person> resolveAll(List<String> entries) {
    return entries.stream().map(this::resolve).toList();
  }

  private List<Person> allPeople() {
    List<Person> all = new ArrayList<>();
    byRole.values().forEach(all::addAll);
    all.addAll(people.values());
    return all;
  }
}
