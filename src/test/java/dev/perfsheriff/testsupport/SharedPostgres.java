package dev.perfsheriff.testsupport;

import dev.perfsheriff.app.db.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped (its data deleted) when the
 * JVM exits. Every integration test and benchmark reaches it through {@link #jdbcUrl()}.
 */
public final class SharedPostgres {

  private static EmbeddedPostgres server;

  private SharedPostgres() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("perfsheriff-test-pg-");
        // Reachable by 'nobody', whom the server runs as when tests run as root.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        // Throw-away data: trade durability for speed.
        server =
            EmbeddedPostgres.start(
                dir.resolve("data"),
                Map.of(
                    "fsync", "off",
                    "synchronous_commit", "off",
                    "full_page_writes", "off",
                    "max_connections", "300"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  public static String jdbcUrl() {
    return server().jdbcUrl();
  }

  public static String username() {
    return server().username();
  }

  private static void stopAndDelete(Path dir) {
    server.stop(Duration.ofSeconds(20));
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: the OS cleans the temp folder eventually.
    }
  }
}
