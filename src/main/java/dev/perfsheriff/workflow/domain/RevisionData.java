package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Port: pushes and performance data around a revision (implemented by the Perfherder module). */
public interface RevisionData {

  /**
   * The revisions of the {@code before} pushes before {@code revision}'s push, that push, and the
   * {@code after} pushes after it, oldest first; fewer at either end of the history.
   */
  List<Revision> pushesAround(Repository repository, Revision revision, int before, int after);

  /** Every revision landed in the pushes after {@code prevPushId} up to {@code pushId}. */
  Set<Revision> revisionsBetween(Repository repository, long prevPushId, long pushId);

  /** For each revision, the data points of the series there; absent or NONE where it never ran. */
  Map<Revision, SeriesData> dataPoints(
      Repository repository, SeriesSignature signature, List<Revision> revisions);
}
