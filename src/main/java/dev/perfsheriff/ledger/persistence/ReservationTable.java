package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.domain.PlatformMapping;
import dev.perfsheriff.ledger.domain.PlatformNeed;
import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reservations, the jobs they asked for and the decisions taken; rows are only ever inserted. */
final class ReservationTable {

  private final JdbcClient jdbc;

  ReservationTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A claimed reservation and the jobs already used in its (now locked) buckets. */
  record Claim(long id, Map<Platform, Integer> used) {}

  /**
   * Claims the idempotency key, records the request with its jobs and locks the buckets of {@code
   * pools} in platform order, in one statement (one round trip). Empty when the key was claimed
   * before: the unique index makes a concurrent second claim wait for the first transaction and
   * then find the key taken; such a claim locks nothing.
   */
  Optional<Claim> claimAndLock(
      ReservationRequest request,
      ShiftWindow shift,
      Instant now,
      PlatformMapping mapping,
      Set<Platform> pools) {
    TreeMap<String, Integer> jobs = new TreeMap<>(request.jobsPerMachinePlatform());
    String[] families =
        jobs.keySet().stream()
            .map(m -> mapping.familyOf(m).orElseThrow().name())
            .toArray(String[]::new);
    Long[] id = {null};
    Map<Platform, Integer> used = new HashMap<>();
    jdbc.sql(
            """
            WITH r AS (
              INSERT INTO ledger_reservation (idempotency_key, actor_platform, actor_user_id,
                  actor_name, summary_id, purpose, dry_run, shift_name, shift_start, shift_end,
                  requested_at)
              VALUES (:key, :actorPlatform, :actorUser, :actorName, :summary, :purpose, :dryRun,
                  :shiftName, :shiftStart, :shiftEnd, :now)
              ON CONFLICT (idempotency_key) DO NOTHING
              RETURNING id),
            j AS (
              INSERT INTO ledger_reservation_job (reservation_id, machine_platform, platform, jobs)
              SELECT r.id, m, f, n
                FROM r, unnest(:machines::text[], :families::text[], :jobs::int[]) AS x(m, f, n)),
            b AS (
              SELECT platform, used FROM ledger_bucket
               WHERE shift_start = :shiftStart AND platform = ANY(:pools::text[])
                 AND EXISTS (SELECT 1 FROM r)
               ORDER BY platform
                 FOR UPDATE)
            SELECT r.id, b.platform, b.used FROM r LEFT JOIN b ON true
            """)
        .param("key", request.idempotencyKey())
        .param("actorPlatform", request.actor().platform())
        .param("actorUser", request.actor().userId())
        .param("actorName", request.actor().displayName())
        .param("summary", request.summary() == null ? null : request.summary().value())
        .param("purpose", request.purpose())
        .param("dryRun", request.dryRun())
        .param("shiftName", shift.shift())
        .param("shiftStart", Timestamp.from(shift.start()))
        .param("shiftEnd", Timestamp.from(shift.end()))
        .param("now", Timestamp.from(now))
        .param("machines", jobs.keySet().toArray(String[]::new))
        .param("families", families)
        .param("jobs", jobs.values().toArray(Integer[]::new))
        .param("pools", pools.stream().map(Platform::name).sorted().toArray(String[]::new))
        .query(
            (RowCallbackHandler)
                rs -> {
                  id[0] = rs.getLong(1);
                  String platform = rs.getString(2);
                  if (platform != null) {
                    used.put(Platform.of(platform), rs.getInt(3));
                  }
                });
    return Optional.ofNullable(id[0]).map(claimed -> new Claim(claimed, used));
  }

  /**
   * Records the decision and, when {@code count}, adds its jobs to the buckets the claim locked, in
   * one statement: the bucket rows stay locked for as short a time as possible.
   */
  void recordDecision(
      long reservationId, ShiftWindow shift, QuotaDecision decision, boolean count) {
    List<PlatformNeed> needs = decision.needs();
    if (needs.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            WITH x AS (
              SELECT * FROM unnest(:platforms::text[], :needed::int[], :caps::int[], :left::int[])
                AS x(p, n, c, l)),
            d AS (
              INSERT INTO ledger_decision
                  (reservation_id, platform, needed, cap, left_before, granted)
              SELECT :id, p, n, c, l, :granted FROM x)
            UPDATE ledger_bucket b SET used = b.used + x.n
              FROM x
             WHERE :count AND b.shift_start = :start AND b.platform = x.p AND x.n <> 0
            """)
        .param("id", reservationId)
        .param("granted", decision.granted())
        .param("count", count)
        .param("start", Timestamp.from(shift.start()))
        .param("platforms", needs.stream().map(n -> n.platform().name()).toArray(String[]::new))
        .param("needed", needs.stream().map(PlatformNeed::needed).toArray(Integer[]::new))
        .param("caps", needs.stream().map(PlatformNeed::cap).toArray(Integer[]::new))
        .param("left", needs.stream().map(PlatformNeed::leftBefore).toArray(Integer[]::new))
        .update();
  }

  Optional<StoredReservation> find(String idempotencyKey) {
    return jdbc.sql(
            """
            SELECT id, dry_run, shift_name, shift_start, shift_end
              FROM ledger_reservation WHERE idempotency_key = :key
            """)
        .param("key", idempotencyKey)
        .query(
            (rs, row) ->
                new Header(
                    rs.getLong("id"),
                    rs.getBoolean("dry_run"),
                    new ShiftWindow(
                        rs.getString("shift_name"),
                        rs.getTimestamp("shift_start").toInstant(),
                        rs.getTimestamp("shift_end").toInstant())))
        .optional()
        .map(
            h ->
                new StoredReservation(
                    h.id(), idempotencyKey, h.dryRun(), h.shift(), decisionOf(h.id())));
  }

  private record Header(long id, boolean dryRun, ShiftWindow shift) {}

  private QuotaDecision decisionOf(long reservationId) {
    List<PlatformNeed> needs = new ArrayList<>();
    jdbc.sql(
            """
            SELECT platform, needed, cap, left_before FROM ledger_decision
             WHERE reservation_id = :id ORDER BY platform
            """)
        .param("id", reservationId)
        .query(
            (RowCallbackHandler)
                rs -> {
                  needs.add(
                      new PlatformNeed(
                          Platform.of(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
    return new QuotaDecision(needs);
  }
}
