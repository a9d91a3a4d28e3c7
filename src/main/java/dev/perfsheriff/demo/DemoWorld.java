package dev.perfsheriff.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's Treeherder: the recorded summaries arriving one every {@code every} (the first {@value
 * #AT_START} at once), each re-identified and re-dated as if it had just been created, with a block
 * of {@value #BLOCK} consecutive pushes around its revision. Every push has one data point per
 * series of its summary, the summary's own push two, and the second push before it none (a
 * coalesced job, for the plan to backfill from a later task), so the bot's plans have something
 * real to plan. Everything is derived from the summary's position, so the world is the same on
 * every read.
 */
final class DemoWorld {

  static final int AT_START = 3;
  static final long FIRST_SUMMARY = 90_001;
  static final long FIRST_PUSH = 5_000_000;
  static final int BLOCK = 20;
  static final int REPOSITORY_ID = 77;
  static final String REPOSITORY = "autoland";
  private static final int CENTER = BLOCK / 2;

  private final List<ObjectNode> templates;
  private final Clock clock;
  private final Instant start;
  private final Duration every;
  private final Instant firstPushTime;
  private final Map<Integer, ObjectNode> summaries = new ConcurrentHashMap<>();
  private final Map<String, Long> jobsByTask = new ConcurrentHashMap<>();
  private final Map<String, Long> pushesByDecision = new ConcurrentHashMap<>();

  DemoWorld(List<ObjectNode> templates, Clock clock, Duration every) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("the demo needs at least one recorded summary");
    }
    this.templates = List.copyOf(templates);
    this.clock = clock;
    this.start = clock.instant();
    this.every = every;
    this.firstPushTime = start.minus(Duration.ofHours(12));
  }

  /** How many summaries have arrived by now. */
  int arrived() {
    long elapsed = Duration.between(start, clock.instant()).toMillis();
    return AT_START + (int) Math.max(0, elapsed / every.toMillis());
  }

  /** The summaries that have arrived, oldest first. */
  List<ObjectNode> summaries() {
    List<ObjectNode> arrived = new ArrayList<>();
    for (int k = 0; k < arrived(); k++) {
      arrived.add(summary(k));
    }
    return arrived;
  }

  /** The {@code k}-th summary to arrive (0-based). */
  ObjectNode summary(int k) {
    return summaries.computeIfAbsent(k, this::build);
  }

  private ObjectNode build(int k) {
    ObjectNode template = templates.get(k % templates.size());
    long templateId = template.path("id").asLong();
    long id = FIRST_SUMMARY + k;
    long push = centerPush(k);
    ObjectNode summary = template.deepCopy();
    Instant created = start.plus(every.multipliedBy(k - AT_START + 1L));
    summary.put("id", id);
    summary.put("created", LocalDateTime.ofInstant(created, ZoneOffset.UTC).toString());
    summary.put("repository", REPOSITORY);
    summary.put("push_id", push);
    summary.put("prev_push_id", push - 1);
    summary.put("revision", revision(push));
    summary.put("prev_push_revision", revision(push - 1));
    summary.put("push_timestamp", pushTime(push));
    // Recorded in whatever state the web UI left it; in the demo every summary arrives untriaged.
    summary.put("status", 0);
    summary.putNull("bug_number");
    int index = 0;
    for (JsonNode alert : summary.path("alerts")) {
      ObjectNode edited = (ObjectNode) alert;
      edited.put("id", id * 1000 + index++);
      edited.put("summary_id", id);
      if (edited.path("related_summary_id").asLong(-1) == templateId) {
        edited.put("related_summary_id", id);
      }
    }
    summary.remove("related_alerts");
    return summary;
  }

  static long centerPush(int k) {
    return FIRST_PUSH + (long) k * BLOCK + CENTER;
  }

  /** The newest push that exists now (pushes come with their summaries). */
  long lastPush() {
    return FIRST_PUSH + (long) arrived() * BLOCK - 1;
  }

  boolean pushExists(long push) {
    return push >= FIRST_PUSH && push <= lastPush();
  }

  long pushTime(long push) {
    return firstPushTime.getEpochSecond() + (push - FIRST_PUSH) * 60;
  }

  /** A 40-digit revision per push, stable across runs. */
  static String revision(long push) {
    return HexFormat.of().formatHex(digest("SHA-1", "demo push " + push));
  }

  Optional<Long> pushOf(String revision) {
    for (long push = FIRST_PUSH; push <= lastPush(); push++) {
      if (revision(push).startsWith(revision)) {
        return Optional.of(push);
      }
    }
    return Optional.empty();
  }

  /** The summary whose block holds {@code push}. */
  Optional<ObjectNode> summaryOfPush(long push) {
    if (!pushExists(push)) {
      return Optional.empty();
    }
    return Optional.of(summary((int) ((push - FIRST_PUSH) / BLOCK)));
  }

  /**
   * Data points a series has at a push of its summary's block: 2 at the summary's push, none two
   * pushes before it (the job was coalesced, so the plan backfills it from a later task), else 1.
   */
  static int pointsAt(long push) {
    long offset = (push - FIRST_PUSH) % BLOCK;
    return offset == CENTER ? 2 : offset == CENTER - 2 ? 0 : 1;
  }

  /** True for pushes at or after the summary's own push: they carry the new value. */
  static boolean afterChange(long push) {
    return (push - FIRST_PUSH) % BLOCK >= CENTER;
  }

  /** The task that ran job {@code job}; remembered so Taskcluster can be asked about it. */
  String taskOfJob(long job) {
    String task = slug("job " + job);
    jobsByTask.put(task, job);
    return task;
  }

  Optional<Long> jobOfTask(String task) {
    return Optional.ofNullable(jobsByTask.get(task));
  }

  /** The decision task of {@code push}; remembered so Taskcluster can be asked about it. */
  String decisionOf(long push) {
    String task = slug("decision " + push);
    pushesByDecision.put(task, push);
    return task;
  }

  Optional<Long> pushOfDecision(String task) {
    return Optional.ofNullable(pushesByDecision.get(task));
  }

  /**
   * A job id that says where it ran: push, series (its index among the summary's series) and run.
   */
  static long job(long push, int series, int run) {
    return push * 10_000 + series * 10L + run;
  }

  static long pushOfJob(long job) {
    return job / 10_000;
  }

  static int seriesOfJob(long job) {
    return (int) (job % 10_000 / 10);
  }

  /** The distinct series (alert signatures) of a summary, in alert order. */
  static List<JsonNode> series(ObjectNode summary) {
    List<JsonNode> series = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    for (JsonNode alert : summary.path("alerts")) {
      JsonNode signature = alert.path("series_signature");
      if (signature.has("id") && !seen.contains(signature.path("id").asLong())) {
        seen.add(signature.path("id").asLong());
        series.add(signature);
      }
    }
    return series;
  }

  /** The first alert of {@code summary} on the series {@code signatureId}. */
  static Optional<JsonNode> alertOn(ObjectNode summary, long signatureId) {
    for (JsonNode alert : summary.path("alerts")) {
      if (alert.path("series_signature").path("id").asLong() == signatureId) {
        return Optional.of(alert);
      }
    }
    return Optional.empty();
  }

  /** A Taskcluster slug id (22 characters of URL-safe base64) derived from {@code seed}. */
  static String slug(String seed) {
    byte[] bytes = java.util.Arrays.copyOf(digest("SHA-256", seed), 16);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] digest(String algorithm, String text) {
    try {
      return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
