package dev.perfsheriff.workflow.domain;

import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory push history and series data, standing in for the Perfherder module's adapter of the
 * {@link RevisionData} port. Counts the calls it answers.
 */
public final class FakeRevisionData implements RevisionData {

  private final Map<Repository, List<Revision>> pushes = new HashMap<>();
  private final Map<String, SeriesData> points = new HashMap<>();
  private final Map<String, SeriesData> pointsByHash = new HashMap<>();
  private final Map<Repository, Set<Revision>> ranges = new HashMap<>();
  int calls;

  public FakeRevisionData history(String repository, Revision... revisions) {
    pushes.put(Repository.of(repository), List.of(revisions));
    return this;
  }

  /** Forgets everything. */
  public void clear() {
    pushes.clear();
    points.clear();
    pointsByHash.clear();
    ranges.clear();
  }

  /** The revisions landed in a summary's range on {@code repository}. */
  public FakeRevisionData range(String repository, Revision... revisions) {
    ranges.put(Repository.of(repository), new LinkedHashSet<>(List.of(revisions)));
    return this;
  }

  /** {@code count} points at {@code revision} for the series {@code signatureId}, with task ids. */
  public FakeRevisionData points(
      String repository, long signatureId, Revision revision, int count) {
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tasks.add("task-" + signatureId + "-" + revision.shortForm() + "-" + i);
    }
    points.put(key(Repository.of(repository), signatureId, revision), new SeriesData(count, tasks));
    return this;
  }

  /**
   * {@code count} points at {@code revision} for the series with {@code signatureHash} on {@code
   * repository}, as another branch holds them: its numeric signature id is its own, so only the
   * hash finds them (the real adapter's lookup, {@code PerfherderClient.signatureId}).
   */
  public FakeRevisionData pointsOfHash(
      String repository, String signatureHash, Revision revision, int count) {
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tasks.add("task-" + signatureHash + "-" + revision.shortForm() + "-" + i);
    }
    pointsByHash.put(
        repository + "|" + signatureHash + "|" + revision.hash(), new SeriesData(count, tasks));
    return this;
  }

  /** One point per value at {@code revision} for the series {@code signatureId}. */
  public FakeRevisionData values(
      String repository, long signatureId, Revision revision, double... values) {
    List<String> tasks = new ArrayList<>();
    List<Double> boxed = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      tasks.add("task-" + signatureId + "-" + revision.shortForm() + "-" + i);
      boxed.add(values[i]);
    }
    points.put(
        key(Repository.of(repository), signatureId, revision),
        new SeriesData(values.length, tasks, boxed));
    return this;
  }

  @Override
  public List<Revision> pushesAround(
      Repository repository, Revision revision, int before, int after) {
    calls++;
    List<Revision> history = pushes.getOrDefault(repository, List.of());
    int index = history.indexOf(revision);
    if (index < 0) {
      return List.of();
    }
    return List.copyOf(
        history.subList(Math.max(0, index - before), Math.min(history.size(), index + after + 1)));
  }

  @Override
  public Set<Revision> revisionsBetween(Repository repository, long prevPushId, long pushId) {
    calls++;
    return ranges.getOrDefault(repository, Set.of());
  }

  @Override
  public Map<Revision, SeriesData> dataPoints(
      Repository repository, SeriesSignature signature, List<Revision> revisions) {
    calls++;
    Map<Revision, SeriesData> result = new LinkedHashMap<>();
    for (Revision revision : revisions) {
      SeriesData data =
          signature.hash() == null
              ? null
              : pointsByHash.get(repository + "|" + signature.hash() + "|" + revision.hash());
      if (data == null) {
        data = points.get(key(repository, signature.id(), revision));
      }
      if (data != null) {
        result.put(revision, data);
      }
    }
    return result;
  }

  private static String key(Repository repository, long signatureId, Revision revision) {
    return repository + "|" + signatureId + "|" + revision.hash();
  }
}
