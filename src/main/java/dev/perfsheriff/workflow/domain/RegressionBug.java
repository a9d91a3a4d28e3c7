package dev.perfsheriff.workflow.domain;

import java.util.List;

/**
 * A regression bug as Perfherder's "File bug" composes it, before it is filed.
 *
 * @param summaryId the alert summary it is about
 * @param title Bugzilla's {@code summary} field
 * @param description the first comment (markdown)
 * @param keywords e.g. {@code perf, perf-alert, regression}
 * @param product the culprit bug's product, or null for the tracker's default
 * @param component the culprit bug's component, or null for the tracker's default
 * @param cc people to cc (the culprit bug's creator when known)
 * @param needinfo whom to ask (the culprit bug's assignee), or null
 * @param regressedBy the culprit bug, or null when the culprit is not known
 */
public record RegressionBug(
    long summaryId,
    String title,
    String description,
    List<String> keywords,
    String product,
    String component,
    List<String> cc,
    String needinfo,
    Long regressedBy) {

  public RegressionBug {
    keywords = List.copyOf(keywords);
    cc = List.copyOf(cc);
  }

  /** The culprit's bug as Bugzilla shows it: who to ask and where the regression belongs. */
  public record Culprit(
      long bug, String assignee, String creator, String product, String component) {}

  /**
   * This bug aimed at {@code culprit}: its product and component, needinfo and cc, regressed_by.
   */
  public RegressionBug blaming(Culprit culprit) {
    return new RegressionBug(
        summaryId,
        title,
        description,
        keywords,
        culprit.product(),
        culprit.component(),
        culprit.creator() == null ? cc : List.of(culprit.creator()),
        culprit.assignee(),
        culprit.bug());
  }
}
