package dev.perfsheriff.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The top-level {@code migrations/} folder: {@code V<n>__<module>_<what>.sql}, gapless from 1. */
class MigrationsTest {

  private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+)_[a-z0-9_]+\\.sql");
  private static final Set<String> MODULES =
      Set.of(
          "app",
          "workflow",
          "rounds",
          "ledger",
          "perfherder",
          "taskcluster",
          "bugzilla",
          "chat",
          "slack",
          "matrix",
          "console",
          "notes",
          "schedule");

  @Test
  void namesFollowTheConventionAndVersionsHaveNoGaps() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(Path.of("migrations"))) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).isNotEmpty();
    List<Integer> versions =
        names.stream()
            .map(
                name -> {
                  Matcher m = NAME.matcher(name);
                  assertThat(m.matches())
                      .as("%s must be named V<n>__<module>_<what>.sql", name)
                      .isTrue();
                  assertThat(MODULES).as("module of %s", name).contains(m.group(2));
                  return Integer.parseInt(m.group(1));
                })
            .sorted()
            .toList();
    assertThat(versions)
        .as("migration versions")
        .containsExactlyElementsOf(IntStream.rangeClosed(1, versions.size()).boxed().toList());
  }
}
