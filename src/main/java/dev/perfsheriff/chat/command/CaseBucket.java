package dev.perfsheriff.chat.command;

import java.util.Locale;
import java.util.Optional;

/**
 * The buckets of the workflow cases the perf sheriffs review monthly (PROTOCOL.md, "Record workflow
 * cases"), each in its group. Typed in chat in kebab case, e.g. {@code broken-build}.
 */
public enum CaseBucket {
  BROKEN_BUILD(Group.ROUND_ONE_NOT_ENOUGH),
  BROKEN_TESTS(Group.ROUND_ONE_NOT_ENOUGH),
  INFRA_PROBLEMS(Group.ROUND_ONE_NOT_ENOUGH),
  PENDING_QUEUE(Group.ROUND_ONE_NOT_ENOUGH),
  NEED_BISECTION(Group.ROUND_ONE_NOT_ENOUGH),
  MORE_REVISIONS_NEEDED(Group.ROUND_ONE_NOT_ENOUGH),
  MORE_RETRIGGERS_NEEDED(Group.ROUND_ONE_NOT_ENOUGH),
  MISSING_ALERTS(Group.OBVIOUS_DOWNSTREAM),
  NOISY_TEST(Group.NON_OBVIOUS_DOWNSTREAM),
  NEEDED_MORE_DATA(Group.NON_OBVIOUS_DOWNSTREAM),
  BIMODAL(Group.NON_OBVIOUS_DOWNSTREAM);

  /** What kind of case the bucket counts. */
  public enum Group {
    ROUND_ONE_NOT_ENOUGH,
    OBVIOUS_DOWNSTREAM,
    NON_OBVIOUS_DOWNSTREAM
  }

  private final Group group;

  CaseBucket(Group group) {
    this.group = group;
  }

  public Group group() {
    return group;
  }

  /** The chat spelling, e.g. {@code more-retriggers-needed}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<CaseBucket> fromWord(String word) {
    for (CaseBucket bucket : values()) {
      if (bucket.word().equalsIgnoreCase(word)) {
        return Optional.of(bucket);
      }
    }
    return Optional.empty();
  }

  /** Every chat spelling, comma separated (usage replies and help). */
  public static String words() {
    StringBuilder words = new StringBuilder();
    for (CaseBucket bucket : values()) {
      words.append(words.isEmpty() ? "" : ", ").append(bucket.word());
    }
    return words.toString();
  }
}
