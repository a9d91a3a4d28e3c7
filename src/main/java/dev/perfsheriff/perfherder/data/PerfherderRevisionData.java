package dev.perfsheriff.perfherder.data;

import dev.perfsheriff.perfherder.PerfherderProperties;
import dev.perfsheriff.perfherder.api.DatumPayload;
import dev.perfsheriff.perfherder.api.JobPayload;
import dev.perfsheriff.perfherder.api.PerfherderClient;
import dev.perfsheriff.perfherder.api.PushPayload;
import dev.perfsheriff.shared.Repository;
import dev.perfsheriff.shared.Revision;
import dev.perfsheriff.workflow.domain.RevisionData;
import dev.perfsheriff.workflow.domain.SeriesData;
import dev.perfsheriff.workflow.domain.SeriesSignature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@link RevisionData} from Treeherder. Pushes are listed newest first only, so the pushes after a
 * revision come from a time window after it (doubled a few times when too few are found); a data
 * point is one entry of {@code performance/data/}, i.e. one job run at that push.
 */
@Component
public class PerfherderRevisionData implements RevisionData {

  /** How often the window after a push is doubled before accepting fewer pushes. */
  private static final int WINDOW_DOUBLINGS = 3;

  private final PerfherderClient client;
  private final Duration window;

  public PerfherderRevisionData(PerfherderClient client, PerfherderProperties properties) {
    this.client = client;
    this.window = properties.sync().pushSearchWindow();
  }

  @Override
  public List<Revision> pushesAround(
      Repository repository, Revision revision, int before, int after) {
    Optional<PushPayload> found = client.pushByRevision(repository.name(), revision.hash());
    if (found.isEmpty()) {
      return List.of();
    }
    PushPayload push = found.get();
    List<PushPayload> around =
        new ArrayList<>(client.pushesUpTo(repository.name(), push.id(), before + 1));
    around.addAll(pushesAfter(repository.name(), push, after));
    return around.stream()
        .sorted(Comparator.comparing(PerfherderRevisionData::time).thenComparing(PushPayload::id))
        .map(p -> revisionOf(p))
        .flatMap(Optional::stream)
        .distinct()
        .toList();
  }

  private List<PushPayload> pushesAfter(String repository, PushPayload push, int wanted) {
    if (wanted <= 0 || push.pushTimestamp() == null) {
      return List.of();
    }
    long seconds = window.toSeconds();
    List<PushPayload> after = List.of();
    for (int widening = 0; widening <= WINDOW_DOUBLINGS; widening++, seconds *= 2) {
      long from = push.pushTimestamp();
      after =
          client.pushesInTime(repository, from, from + seconds).stream()
              .filter(p -> p.id() != push.id())
              .sorted(
                  Comparator.comparing(PerfherderRevisionData::time).thenComparing(PushPayload::id))
              .toList();
      if (after.size() >= wanted) {
        return after.subList(0, wanted);
      }
    }
    return after;
  }

  @Override
  public Set<Revision> revisionsBetween(Repository repository, long prevPushId, long pushId) {
    Set<Revision> revisions = new LinkedHashSet<>();
    for (PushPayload push :
        client.pushesBetween(repository.name(), prevPushId, pushId, Integer.MAX_VALUE)) {
      revisionOf(push).ifPresent(revisions::add);
      push.revisions().forEach(hash -> parse(hash).ifPresent(revisions::add));
    }
    return revisions;
  }

  @Override
  public Map<Revision, SeriesData> dataPoints(
      Repository repository, SeriesSignature signature, List<Revision> revisions) {
    Map<Long, Revision> pushes = new LinkedHashMap<>();
    for (Revision revision : revisions) {
      client
          .pushByRevision(repository.name(), revision.hash())
          .ifPresent(push -> pushes.put(push.id(), revision));
    }
    Map<Revision, SeriesData> data = new LinkedHashMap<>();
    revisions.forEach(revision -> data.put(revision, SeriesData.NONE));
    Optional<Long> signatureId = signatureIn(repository, signature);
    if (pushes.isEmpty() || signatureId.isEmpty()) {
      return data;
    }
    List<DatumPayload> points =
        client.performanceData(repository.name(), List.of(signatureId.get()), pushes.keySet());
    Map<Long, String> taskIds = taskIdsOfJobs(points);
    Map<Long, List<DatumPayload>> byPush =
        points.stream()
            .filter(point -> point.pushId() != null && pushes.containsKey(point.pushId()))
            .collect(Collectors.groupingBy(DatumPayload::pushId));
    byPush.forEach(
        (pushId, pointsAtPush) ->
            data.put(
                pushes.get(pushId),
                new SeriesData(
                    pointsAtPush.size(),
                    pointsAtPush.stream()
                        .map(point -> taskIds.get(point.jobId()))
                        .filter(id -> id != null)
                        .distinct()
                        .toList(),
                    pointsAtPush.stream()
                        .map(DatumPayload::value)
                        .filter(value -> value != null)
                        .toList())));
    return data;
  }

  private Map<Long, String> taskIdsOfJobs(List<DatumPayload> points) {
    Set<Long> jobIds =
        points.stream()
            .map(DatumPayload::jobId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    Map<Long, String> taskIds = new HashMap<>();
    for (JobPayload job : client.jobsByIds(jobIds)) {
      if (job.taskId() != null) {
        taskIds.put(job.id(), job.taskId());
      }
    }
    return taskIds;
  }

  private static long time(PushPayload push) {
    return push.pushTimestamp() == null ? 0 : push.pushTimestamp();
  }

  private static Optional<Revision> revisionOf(PushPayload push) {
    return parse(push.revision());
  }

  /**
   * The series' id in {@code repository}: looked up by signature hash, because the same test on
   * another branch (the unsure downstream's) has another numeric id; empty when that branch has no
   * such series. Without a hash, the id as it is.
   */
  private Optional<Long> signatureIn(Repository repository, SeriesSignature signature) {
    if (signature.hash() == null || signature.hash().isBlank()) {
      return Optional.of(signature.id());
    }
    return client.signatureId(repository.name(), signature.hash());
  }

  private static Optional<Revision> parse(String hash) {
    try {
      return hash == null ? Optional.empty() : Optional.of(Revision.of(hash));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
