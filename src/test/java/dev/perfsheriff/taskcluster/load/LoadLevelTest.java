package dev.perfsheriff.taskcluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.taskcluster.BacklogRule;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The backlog rule of reference §3.4 with its default numbers. */
class LoadLevelTest {

  private static final BacklogRule RULE = BacklogRule.defaults();
  private static final String LINUX = "releng-hardware/gecko-t-linux-talos-2404";
  private static final String OSX = "releng-hardware/gecko-t-osx-1500-m4";

  @Test
  void scalesWithThePoolSize() {
    assertThat(LoadLevel.of(RULE, LINUX, 50, 107)).isEqualTo(LoadLevel.OK);
    assertThat(LoadLevel.of(RULE, LINUX, 60, 107)).isEqualTo(LoadLevel.BUSY);
    assertThat(LoadLevel.of(RULE, LINUX, 107, 107)).isEqualTo(LoadLevel.BUSY);
    assertThat(LoadLevel.of(RULE, LINUX, 108, 107)).isEqualTo(LoadLevel.BACKLOGGED);
    assertThat(LoadLevel.of(RULE, LINUX, 150, 200)).isEqualTo(LoadLevel.BUSY);
    assertThat(LoadLevel.of(RULE, LINUX, 201, 200)).isEqualTo(LoadLevel.BACKLOGGED);
  }

  @Test
  void macPoolsAndUnknownSizesUseTheFloorOnly() {
    assertThat(LoadLevel.of(RULE, OSX, 21, 10)).isEqualTo(LoadLevel.BACKLOGGED);
    assertThat(LoadLevel.of(RULE, OSX, 15, 10)).isEqualTo(LoadLevel.BUSY);
    assertThat(LoadLevel.of(RULE, LINUX, 100, null)).isEqualTo(LoadLevel.OK);
    assertThat(LoadLevel.of(RULE, LINUX, 101, null)).isEqualTo(LoadLevel.BACKLOGGED);
  }

  @Test
  void moreWaitingTasksNeverLowerTheLevel() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      String pool = random.nextBoolean() ? LINUX : OSX;
      Integer workers = random.nextInt(5) == 0 ? null : random.nextInt(300);
      int pending = random.nextInt(500);
      LoadLevel lower = LoadLevel.of(RULE, pool, pending, workers);
      LoadLevel higher = LoadLevel.of(RULE, pool, pending + 1 + random.nextInt(100), workers);
      assertThat(higher.compareTo(lower))
          .as("seed %d, %s, %s workers, %d pending", seed, pool, workers, pending)
          .isGreaterThanOrEqualTo(0);
    }
  }
}
