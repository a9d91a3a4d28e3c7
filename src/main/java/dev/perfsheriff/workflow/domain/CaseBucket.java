package dev.perfsheriff.workflow.domain;

import java.util.Locale;
import java.util.Optional;

/** The protocol's buckets, each belonging to one kind of case; OTHER fits every kind. */
public enum CaseBucket {
  BROKEN_BUILD(CaseKind.ROUND_ONE_NOT_ENOUGH),
  BROKEN_TESTS(CaseKind.ROUND_ONE_NOT_ENOUGH),
  INFRA_PROBLEMS(CaseKind.ROUND_ONE_NOT_ENOUGH),
  PENDING_QUEUE(CaseKind.ROUND_ONE_NOT_ENOUGH),
  NEED_BISECTION(CaseKind.ROUND_ONE_NOT_ENOUGH),
  MORE_REVISIONS_NEEDED(CaseKind.ROUND_ONE_NOT_ENOUGH),
  MORE_RETRIGGERS_NEEDED(CaseKind.ROUND_ONE_NOT_ENOUGH),
  MISSING_ALERTS(CaseKind.OBVIOUS_DOWNSTREAM_MISSING_ALERTS),
  NOISY_TEST(CaseKind.NON_OBVIOUS_DOWNSTREAM),
  NEEDED_MORE_DATA(CaseKind.NON_OBVIOUS_DOWNSTREAM),
  BIMODAL(CaseKind.NON_OBVIOUS_DOWNSTREAM),
  OTHER(null);

  private final CaseKind kind;

  CaseBucket(CaseKind kind) {
    this.kind = kind;
  }

  public boolean fits(CaseKind caseKind) {
    return kind == null || kind == caseKind;
  }

  /** The kind of case this bucket counts; empty for OTHER, which fits every kind. */
  public Optional<CaseKind> kind() {
    return Optional.ofNullable(kind);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The chat spelling, e.g. {@code more-retriggers-needed}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The bucket spelled {@code word} in chat (any case), if any. */
  public static Optional<CaseBucket> fromWord(String word) {
    for (CaseBucket bucket : values()) {
      if (bucket.word().equalsIgnoreCase(word)) {
        return Optional.of(bucket);
      }
    }
    return Optional.empty();
  }
}
