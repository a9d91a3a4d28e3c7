package dev.perfsheriff.app.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL programs ({@code initdb}, {@code pg_ctl}). PostgreSQL refuses to run as root,
 * so when this JVM is root (CI machines, containers) every program runs as {@code nobody} through
 * {@code setpriv}, and the data folder is handed to that user.
 */
final class ServerProcesses {

  private static final String UNPRIVILEGED_USER = "nobody";
  private static final long TIMEOUT_SECONDS = 180;

  private final Path binaries;
  private final boolean root;

  ServerProcesses(Path binaries) {
    this.binaries = binaries;
    this.root = runningAsRoot();
  }

  private static boolean runningAsRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Creates the data folder with the owner and mode the server insists on. */
  void prepareDataDir(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    if (!root) {
      return;
    }
    for (Path parent = dataDir.getParent(); parent != null; parent = parent.getParent()) {
      if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        throw new IOException(
            "the bot runs as root, so PostgreSQL runs as '"
                + UNPRIVILEGED_USER
                + "', which cannot enter "
                + parent
                + "; set perfsheriff.embedded-db.dir to a folder it can reach, e.g. under /tmp or"
                + " /var/lib");
      }
    }
    UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal owner = users.lookupPrincipalByName(UNPRIVILEGED_USER);
    GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
    try (var paths = Files.walk(dataDir)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(owner);
        view.setGroup(group);
      }
    }
  }

  /** Runs a program to completion and fails with its output when it exits non-zero. */
  void run(String program, String... args) throws IOException {
    Result result = execute(program, args);
    if (result.exitCode != 0) {
      throw new IOException(program + " exited with " + result.exitCode + ": " + result.output);
    }
  }

  /** Runs a program to completion and returns its exit code. */
  int exitCode(String program, String... args) throws IOException {
    return execute(program, args).exitCode;
  }

  private Result execute(String program, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(
          List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups"));
    }
    command.add(binaries.resolve("bin").resolve(program).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    // pg_ctl starts the server detached; its log goes to the -l file, not to our pipe.
    Process process = builder.start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(program + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), output.strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(program + " was interrupted", e);
    }
  }

  private record Result(int exitCode, String output) {}
}
