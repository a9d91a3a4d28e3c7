package dev.perfsheriff.chat.identity;

import dev.perfsheriff.shared.Actor;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sheriff as configured: a name and the chat ids that are them. An id is either
 * platform-qualified ({@code console:alice}, {@code matrix:@alice:mozilla.org}) and matches on that
 * platform only, or bare ({@code U123}) and matches the same user id on any platform.
 */
public record Person(String name, Set<String> qualifiedIds, Set<String> bareIds) {

  /** A platform name before the first colon: lower-case letters, so {@code @alice:x} is bare. */
  private static final Pattern QUALIFIED = Pattern.compile("[a-z][a-z0-9_-]*:.+");

  public Person {
    qualifiedIds = Set.copyOf(qualifiedIds);
    bareIds = Set.copyOf(bareIds);
  }

  /** A person with the configured {@code ids}, sorted into qualified and bare. */
  public static Person of(String name, Collection<String> ids) {
    Set<String> qualified = new LinkedHashSet<>();
    Set<String> bare = new LinkedHashSet<>();
    for (String id : ids) {
      String trimmed = id.trim();
      (QUALIFIED.matcher(trimmed).matches() ? qualified : bare).add(trimmed);
    }
    return new Person(name, qualified, bare);
  }

  /** A person known by one configured id only; the id is also their name. */
  public static Person ofId(String id) {
    return of(id.trim(), List.of(id));
  }

  public boolean is(Actor actor) {
    return qualifiedIds.contains(actor.qualifiedId()) || bareIds.contains(actor.userId());
  }

  /** Their user id on {@code platform}, to mention them there; empty if none is configured. */
  public Optional<String> idOn(String platform) {
    String prefix = platform + ":";
    return qualifiedIds.stream()
        .filter(id -> id.startsWith(prefix))
        .map(id -> id.substring(prefix.length()))
        .findFirst()
        .or(() -> bareIds.stream().sorted().findFirst());
  }
}
