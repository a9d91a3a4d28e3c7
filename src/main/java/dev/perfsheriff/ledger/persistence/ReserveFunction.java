package dev.perfsheriff.ledger.persistence;

import dev.perfsheriff.ledger.ReservationRequest;
import dev.perfsheriff.ledger.domain.PlatformMapping;
import dev.perfsheriff.ledger.domain.PlatformNeed;
import dev.perfsheriff.ledger.domain.QuotaCaps;
import dev.perfsheriff.ledger.domain.QuotaDecision;
import dev.perfsheriff.shared.Platform;
import dev.perfsheriff.shared.ShiftWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole reservation in one autocommitted statement: the {@code ledger_reserve} function
 * (migration V10) counts every platform or none, claims the key and writes the one append-only
 * audit row, so a bucket row is locked only inside the server. The needs and caps are computed
 * here, by the domain's configuration; the answer comes back as a {@link QuotaDecision}, which
 * stays the explanation of a refusal and must agree with the function's verdict.
 */
final class ReserveFunction {

  /** SQLSTATE the function raises when a bucket it needs does not exist (nothing was written). */
  static final String MISSING_BUCKET = "LDG01";

  private final JdbcClient jdbc;
  private final ReservationTable reservations;

  ReserveFunction(JdbcClient jdbc, ReservationTable reservations) {
    this.jdbc = jdbc;
    this.reservations = reservations;
  }

  /**
   * Reserves {@code jobs} (per family) for {@code request}, or returns what was recorded first
   * under its idempotency key.
   *
   * @throws MissingBucketException when a bucket was missing; the statement was rolled back
   */
  StoredReservation reserve(
      ReservationRequest request,
      ShiftWindow shift,
      Instant now,
      PlatformMapping mapping,
      Map<Platform, Integer> jobs,
      QuotaCaps caps) {
    TreeMap<String, Integer> machines = new TreeMap<>(request.jobsPerMachinePlatform());
    List<Platform> platforms = List.copyOf(new TreeMap<>(jobs).keySet());
    Integer[] needed = platforms.stream().map(jobs::get).toArray(Integer[]::new);
    Integer[] platformCaps = platforms.stream().map(caps::capOf).toArray(Integer[]::new);
    Answer answer = new Answer();
    try {
      jdbc.sql(
              """
              SELECT * FROM ledger_reserve(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  ?::text[], ?::text[], ?::int[], ?::text[], ?::int[], ?::int[])
              """)
          .params(
              request.idempotencyKey(),
              request.actor().platform(),
              request.actor().userId(),
              request.actor().displayName(),
              request.summary() == null ? null : request.summary().value(),
              request.purpose(),
              request.dryRun(),
              shift.shift(),
              Timestamp.from(shift.start()),
              Timestamp.from(shift.end()),
              Timestamp.from(now),
              machines.keySet().toArray(String[]::new),
              families(machines, mapping),
              machines.values().toArray(Integer[]::new),
              platforms.stream().map(Platform::name).toArray(String[]::new),
              needed,
              platformCaps)
          .query(answer);
    } catch (DataAccessException e) {
      if (e.getMostSpecificCause() instanceof SQLException sql
          && MISSING_BUCKET.equals(sql.getSQLState())) {
        throw new MissingBucketException();
      }
      throw e;
    }
    if (!answer.recorded) {
      // A retry: answer what was recorded first, with that request's own shift and needs.
      return reservations
          .find(request.idempotencyKey())
          .orElseThrow(() -> new IllegalStateException("ledger_reserve lost key " + request));
    }
    List<PlatformNeed> needs = new ArrayList<>();
    for (int i = 0; i < platforms.size(); i++) {
      needs.add(new PlatformNeed(platforms.get(i), needed[i], platformCaps[i], answer.left[i]));
    }
    QuotaDecision decision = agreed(request.idempotencyKey(), answer.granted, needs);
    return new StoredReservation(
        answer.id, request.idempotencyKey(), request.dryRun(), shift, decision);
  }

  private static String[] families(TreeMap<String, Integer> machines, PlatformMapping mapping) {
    return machines.keySet().stream()
        .map(m -> mapping.familyOf(m).orElseThrow().name())
        .toArray(String[]::new);
  }

  /**
   * The domain's rule on the function's numbers. The SQL condition and PlatformNeed.fits() are
   * meant to be the same rule; never hand out an answer the domain cannot explain.
   */
  static QuotaDecision agreed(String key, boolean granted, List<PlatformNeed> needs) {
    QuotaDecision decision = new QuotaDecision(needs);
    if (decision.granted() != granted) {
      throw new IllegalStateException(
          "ledger_reserve %s reservation '%s' but the quota rule says %s: %s"
              .formatted(
                  granted ? "granted" : "refused",
                  key,
                  decision.granted() ? "it fits" : "it does not fit",
                  needs));
    }
    return decision;
  }

  /** Collects the function's single row. */
  private static final class Answer implements RowCallbackHandler {
    private long id;
    private boolean recorded;
    private boolean granted;
    private Integer[] left;

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      id = rs.getLong(1);
      recorded = rs.getBoolean(2);
      granted = rs.getBoolean(3);
      left = (Integer[]) rs.getArray(4).getArray();
    }
  }
}
