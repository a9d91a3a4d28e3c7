package dev.perfsheriff.perfherder.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the copied Treeherder fixture files from the test class path. */
public final class Fixtures {

  private Fixtures() {}

  public static String perfherder(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/perfherder/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
