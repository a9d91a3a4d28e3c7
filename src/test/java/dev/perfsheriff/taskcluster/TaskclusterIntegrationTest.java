package dev.perfsheriff.taskcluster;

import dev.perfsheriff.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Taskcluster and Bugzilla ITs: the app pointed at {@link TaskclusterFake#SHARED} for
 * both services, with credentials (so triggers are really sent), short back-off and timeouts, and a
 * cap of {@link #CAP} jobs per platform. The quota ledger is the real one.
 */
public abstract class TaskclusterIntegrationTest extends IntegrationTest {

  protected static final int CAP = 20;
  protected static final String CLIENT_ID = "project/perf-sheriff-bot/test";
  protected static final String ACCESS_TOKEN = "not-a-real-token";

  protected static final String LINUX = "releng-hardware/gecko-t-linux-talos-2404";
  protected static final String OSX = "releng-hardware/gecko-t-osx-1500-m4";
  protected static final String WINDOWS = "releng-hardware/win11-64-24h2-hw";
  protected static final String[] POOLS = {LINUX, OSX, WINDOWS};

  protected static final TaskclusterFake fake = TaskclusterFake.SHARED;

  @DynamicPropertySource
  static void taskcluster(DynamicPropertyRegistry registry) {
    registry.add("perfsheriff.taskcluster.root-url", fake::rootUrl);
    registry.add("perfsheriff.taskcluster.client-id", () -> CLIENT_ID);
    registry.add("perfsheriff.taskcluster.access-token", () -> ACCESS_TOKEN);
    registry.add("perfsheriff.taskcluster.read-timeout", () -> "PT1S");
    registry.add("perfsheriff.taskcluster.retry-backoff", () -> "PT0.01S");
    registry.add("perfsheriff.taskcluster.max-retries", () -> "2");
    registry.add("perfsheriff.taskcluster.perf-pools", () -> String.join(",", POOLS));
    registry.add("perfsheriff.bugzilla.base-url", fake::rootUrl);
    registry.add("perfsheriff.bugzilla.api-key", () -> "bugzilla-test-key");
    registry.add("perfsheriff.quota.jobs-per-platform-per-shift", () -> String.valueOf(CAP));
  }

  @BeforeEach
  void cleanSlate() {
    truncateAll();
    fake.reset();
  }

  /**
   * Jobs the real ledger counts for a platform, over all shifts: unlike {@code remaining(platform,
   * now)} this does not depend on the test running inside one shift.
   */
  protected int jobsCounted(String platform) {
    return jdbc.sql("SELECT coalesce(sum(used), 0) FROM ledger_bucket WHERE platform = :p")
        .param("p", platform)
        .query(Integer.class)
        .single();
  }
}
