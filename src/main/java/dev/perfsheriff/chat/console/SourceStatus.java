package dev.perfsheriff.chat.console;

import static dev.perfsheriff.chat.console.ConsoleHtml.escape;

import dev.perfsheriff.demo.DemoProperties;
import dev.perfsheriff.perfherder.PerfherderStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The top of the side panel: where the summaries come from. In the demo it says so; live, whether
 * Perfherder answers, and when it does not, since when, how often it is retried, and how to start
 * the offline demo instead, so a machine without network never shows an unexplained empty page.
 */
final class SourceStatus {

  static final String DEMO_COMMAND =
      "./mvnw spring-boot:run -Dspring-boot.run.arguments=--perfsheriff.demo=true";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final PerfherderStatus perfherder;
  private final DemoProperties demo;
  private final boolean taskclusterDryRun;

  SourceStatus(PerfherderStatus perfherder, DemoProperties demo, boolean taskclusterDryRun) {
    this.perfherder = perfherder;
    this.demo = demo;
    this.taskclusterDryRun = taskclusterDryRun;
  }

  String html() {
    if (demo.demo()) {
      return "<section id=\"source\" class=\"demo\"><h2>Demo</h2><p>Recorded Treeherder responses,"
          + " replayed by a stand-in inside the bot: a new summary arrives every "
          + demo.demoArrivals().toSeconds()
          + " s. Taskcluster runs dry: nothing is triggered.</p></section>";
    }
    PerfherderStatus.View view = perfherder.view();
    String dryRun = taskclusterDryRun ? " Taskcluster runs dry (no credentials)." : "";
    if (view.reachable()) {
      return "<section id=\"source\"><h2>Perfherder</h2><p>"
          + view.lastSuccess().map(t -> "Answered at " + TIME.format(t) + ".").orElse("Connecting…")
          + dryRun
          + "</p></section>";
    }
    return "<section id=\"source\" class=\"down\"><h2>Perfherder unreachable</h2><p>Failing since "
        + view.failingSince().map(TIME::format).orElse("?")
        + ", retrying every "
        + view.retryEvery().toSeconds()
        + " s"
        + view.lastError().map(e -> ": " + escape(e)).orElse(".")
        + "</p><p>No network? Try the offline demo with recorded data:<br><code>"
        + DEMO_COMMAND
        + "</code></p></section>";
  }
}
