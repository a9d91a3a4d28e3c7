package dev.perfsheriff.shared;

/** A Perfherder alert summary id. */
public record SummaryId(long value) implements Comparable<SummaryId> {

  public SummaryId {
    if (value <= 0) {
      throw new IllegalArgumentException("summary id must be positive, was " + value);
    }
  }

  public static SummaryId of(long value) {
    return new SummaryId(value);
  }

  @Override
  public int compareTo(SummaryId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
