package dev.perfsheriff.bugzilla;

import dev.perfsheriff.shared.SummaryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code bugzilla_bug} statuses and the {@code bugzilla_summary_bug} links. */
@Repository
class LinkedBugs {

  private final JdbcClient jdbc;

  LinkedBugs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void link(SummaryId summary, long bugId) {
    jdbc.sql(
            "INSERT INTO bugzilla_summary_bug (summary_id, bug_id) VALUES (:s, :b)"
                + " ON CONFLICT DO NOTHING")
        .param("s", summary.value())
        .param("b", bugId)
        .update();
  }

  List<Long> linkedBugIds() {
    return jdbc.sql("SELECT DISTINCT bug_id FROM bugzilla_summary_bug ORDER BY bug_id")
        .query(Long.class)
        .list();
  }

  List<Long> bugIdsOf(SummaryId summary) {
    return jdbc.sql("SELECT bug_id FROM bugzilla_summary_bug WHERE summary_id = :s ORDER BY bug_id")
        .param("s", summary.value())
        .query(Long.class)
        .list();
  }

  void save(BugStatus bug) {
    jdbc.sql(
            """
            INSERT INTO bugzilla_bug (bug_id, status, resolution, title, last_changed, refreshed_at)
            VALUES (:id, :status, :resolution, :title, :changed, :refreshed)
            ON CONFLICT (bug_id) DO UPDATE
               SET status = EXCLUDED.status, resolution = EXCLUDED.resolution,
                   title = EXCLUDED.title, last_changed = EXCLUDED.last_changed,
                   refreshed_at = EXCLUDED.refreshed_at
            """)
        .param("id", bug.id())
        .param("status", bug.status())
        .param("resolution", bug.resolution())
        .param("title", bug.title())
        .param("changed", bug.lastChanged() == null ? null : Timestamp.from(bug.lastChanged()))
        .param("refreshed", Timestamp.from(bug.refreshedAt()))
        .update();
  }

  Optional<BugStatus> find(long bugId) {
    return jdbc.sql("SELECT * FROM bugzilla_bug WHERE bug_id = :id")
        .param("id", bugId)
        .query(LinkedBugs::row)
        .optional();
  }

  private static BugStatus row(ResultSet rs, int n) throws SQLException {
    Timestamp changed = rs.getTimestamp("last_changed");
    return new BugStatus(
        rs.getLong("bug_id"),
        rs.getString("status"),
        rs.getString("resolution"),
        rs.getString("title"),
        changed == null ? null : changed.toInstant(),
        rs.getTimestamp("refreshed_at").toInstant());
  }
}
