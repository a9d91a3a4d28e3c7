package dev.perfsheriff.app.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server on loopback, its data kept in a folder across restarts. The first start
 * runs {@code initdb}; every start runs {@code pg_ctl start} on a free port; {@link #close()} stops
 * it with a fast shutdown. A server left running by a killed JVM is stopped before the new start.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final String USER = "postgres";

  private final Path dataDir;
  private final ServerProcesses processes;
  private final int port;

  private EmbeddedPostgres(Path dataDir, ServerProcesses processes, int port) {
    this.dataDir = dataDir;
    this.processes = processes;
    this.port = port;
  }

  /**
   * Starts a server on {@code dataDir}, initialising it when empty. {@code settings} are extra
   * server settings ({@code -c name=value}), e.g. {@code fsync=off} for throw-away test data.
   */
  public static EmbeddedPostgres start(Path dataDir, Map<String, String> settings) {
    Path absolute = dataDir.toAbsolutePath().normalize();
    ServerProcesses processes = new ServerProcesses(PostgresBinaries.unpacked());
    try {
      processes.prepareDataDir(absolute);
      if (!Files.exists(absolute.resolve("PG_VERSION"))) {
        log.info("Initialising embedded PostgreSQL in {}", absolute);
        processes.run(
            "initdb",
            "-D",
            absolute.toString(),
            "-U",
            USER,
            "-A",
            "trust",
            "-E",
            "UTF-8",
            "--locale=C");
      }
      stopLeftover(processes, absolute);
      int port = freePort();
      processes.run(
          "pg_ctl",
          "start",
          "-w",
          "-t",
          "120",
          "-D",
          absolute.toString(),
          "-l",
          absolute.resolve("server.log").toString(),
          "-o",
          serverOptions(port, settings));
      log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", port, absolute);
      return new EmbeddedPostgres(absolute, processes, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + absolute, e);
    }
  }

  private static String serverOptions(int port, Map<String, String> settings) {
    List<String> options = new ArrayList<>();
    options.add("-p " + port);
    options.add("-c listen_addresses=127.0.0.1");
    // No Unix socket: its default folder may not be writable by the server's user.
    options.add("-c unix_socket_directories=''");
    settings.forEach((name, value) -> options.add("-c " + name + "=" + value));
    return String.join(" ", options);
  }

  private static void stopLeftover(ServerProcesses processes, Path dataDir) throws IOException {
    if (Files.exists(dataDir.resolve("postmaster.pid"))
        && processes.exitCode("pg_ctl", "status", "-D", dataDir.toString()) == 0) {
      log.warn("A PostgreSQL server from an earlier run still holds {}: stopping it", dataDir);
      processes.run("pg_ctl", "stop", "-w", "-m", "fast", "-D", dataDir.toString());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  public String jdbcUrl() {
    return jdbcUrl("postgres");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public String username() {
    return USER;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the server, waiting at most {@code timeout} for it to go. */
  public void stop(Duration timeout) {
    try {
      processes.run(
          "pg_ctl",
          "stop",
          "-w",
          "-t",
          String.valueOf(timeout.toSeconds()),
          "-m",
          "fast",
          "-D",
          dataDir.toString());
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL in " + dataDir, e);
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(60));
  }
}
