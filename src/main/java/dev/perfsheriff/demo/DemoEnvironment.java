package dev.perfsheriff.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code perfsheriff.demo=true}, points the bot at the in-process stand-in before any client
 * is built, and makes the demo safe to run next to a real set-up: Perfherder and Taskcluster are
 * the stand-in on a free loopback port, without credentials (read-only, Taskcluster dry-run); Slack
 * and Matrix are off and the console on (demo cards must not reach a real channel); the embedded
 * database keeps its data apart in {@value #DEMO_DB} so the live bot's data never mixes with
 * recorded summaries. These settings win over any other source: a demo is a demo.
 */
public final class DemoEnvironment implements EnvironmentPostProcessor {

  static final String SOURCE = "perfsheriff-demo";
  static final String PORT = "perfsheriff.demo-stand-in-port";
  static final String DEMO_DB = "./data/demo-postgres";

  /** Every framework of the recorded summaries (Treeherder's names for ids 1, 2, 6, 13, 15). */
  static final String FRAMEWORKS =
      "talos,build_metrics,platform_microbench,browsertime,mozperftest";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!Boolean.parseBoolean(environment.getProperty("perfsheriff.demo", "false").strip())) {
      return;
    }
    int port = freeLoopbackPort();
    String standIn = "http://127.0.0.1:" + port;
    Map<String, Object> demo = new LinkedHashMap<>();
    demo.put(PORT, port);
    demo.put("perfsheriff.perfherder.base-url", standIn);
    demo.put("perfsheriff.perfherder.auth.access-token", "");
    demo.put("perfsheriff.perfherder.auth.refresh-token", "");
    demo.put("perfsheriff.perfherder.repositories", "autoland");
    demo.put("perfsheriff.perfherder.frameworks", FRAMEWORKS);
    demo.put("perfsheriff.perfherder.poll-interval", "PT3S");
    demo.put("perfsheriff.taskcluster.root-url", standIn);
    demo.put("perfsheriff.taskcluster.client-id", "");
    demo.put("perfsheriff.taskcluster.access-token", "");
    demo.put("perfsheriff.bugzilla.base-url", standIn);
    demo.put("perfsheriff.bugzilla.api-key", "");
    demo.put("perfsheriff.slack.bot-token", "");
    demo.put("perfsheriff.slack.app-token", "");
    demo.put("perfsheriff.matrix.homeserver-url", "");
    demo.put("perfsheriff.console.enabled", "true");
    demo.put("perfsheriff.embedded-db.dir", DEMO_DB);
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, demo));
  }

  /** A port free now; the stand-in binds it moments later, before anything polls. */
  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for the demo's stand-in", e);
    }
  }
}
