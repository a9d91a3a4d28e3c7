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
 * (migration V10) claims the key, counts every platform or none and writes the audit rows, so a
 * bucket row is locked only inside the server. The needs and caps are computed here, by the
 * domain's configuration; the answer comes back as a {@link QuotaDecision}, which stays the
 * explanation of a refusal and must agree with the function's verdict.
 */
final class ReserveFunction {

  /** SQLSTATE the function raises when a bucket it needs does not exist (nothing was written). */
  static final String MISSING_BUCKET = "LDG01";

  private final JdbcClient jdbc;

  ReserveFunction(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    TreeMap<Platform, Integer> needs = new TreeMap<>(jobs);
    Answer answer = new Answer();
    try {
      jdbc.sql(
              """
              SELECT * FROM ledger_reserve(:key, :actorPlatform, :actorUser, :actorName, :summary,
                  :purpose, :dryRun, :shiftName, :shiftStart, :shiftEnd, :now,
                  :machines::text[], :families::text[], :machineJobs::int[],
                  :platforms::text[], :needed::int[], :caps::int[])
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
          .param("machines", machines.keySet().toArray(String[]::new))
          .param("families", families(machines, mapping))
          .param("machineJobs", machines.values().toArray(Integer[]::new))
          .param("platforms", needs.keySet().stream().map(Platform::name).toArray(String[]::new))
          .param("needed", needs.values().toArray(Integer[]::new))
          .param("caps", needs.keySet().stream().map(caps::capOf).toArray(Integer[]::new))
          .query(answer);
    } catch (DataAccessException e) {
      if (e.getMostSpecificCause() instanceof SQLException sql
          && MISSING_BUCKET.equals(sql.getSQLState())) {
        throw new MissingBucketException();
      }
      throw e;
    }
    return answer.toStored(request.idempotencyKey());
  }

  private static String[] families(TreeMap<String, Integer> machines, PlatformMapping mapping) {
    return machines.keySet().stream()
        .map(m -> mapping.familyOf(m).orElseThrow().name())
        .toArray(String[]::new);
  }

  /** Collects the function's rows: one per platform of the reservation as recorded. */
  private static final class Answer implements RowCallbackHandler {
    private long id;
    private boolean dryRun;
    private ShiftWindow shift;
    private boolean granted;
    private final List<PlatformNeed> needs = new ArrayList<>();

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      id = rs.getLong("o_reservation_id");
      dryRun = rs.getBoolean("o_dry_run");
      shift =
          new ShiftWindow(
              rs.getString("o_shift_name"),
              rs.getTimestamp("o_shift_start").toInstant(),
              rs.getTimestamp("o_shift_end").toInstant());
      String platform = rs.getString("o_platform");
      if (platform != null) {
        granted = rs.getBoolean("o_granted");
        needs.add(
            new PlatformNeed(
                Platform.of(platform),
                rs.getInt("o_needed"),
                rs.getInt("o_cap"),
                rs.getInt("o_left_before")));
      } else {
        granted = true; // nothing asked, nothing refused
      }
    }

    StoredReservation toStored(String key) {
      if (shift == null) {
        throw new IllegalStateException("ledger_reserve answered nothing for key '" + key + "'");
      }
      QuotaDecision decision = new QuotaDecision(needs);
      if (decision.granted() != granted) {
        // The SQL condition and PlatformNeed.fits() are meant to be the same rule; never hand out
        // an answer the domain cannot explain.
        throw new IllegalStateException(
            "ledger_reserve %s reservation '%s' but the quota rule says %s: %s"
                .formatted(
                    granted ? "granted" : "refused",
                    key,
                    decision.granted() ? "it fits" : "it does not fit",
                    needs));
      }
      return new StoredReservation(id, key, dryRun, shift, decision);
    }
  }
}
