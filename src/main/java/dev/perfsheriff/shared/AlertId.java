package dev.perfsheriff.shared;

/** A Perfherder alert id (one alert belongs to one summary). */
public record AlertId(long value) implements Comparable<AlertId> {

  public AlertId {
    if (value <= 0) {
      throw new IllegalArgumentException("alert id must be positive, was " + value);
    }
  }

  public static AlertId of(long value) {
    return new AlertId(value);
  }

  @Override
  public int compareTo(AlertId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
