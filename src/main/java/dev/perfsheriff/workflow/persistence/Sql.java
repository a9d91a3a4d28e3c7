package dev.perfsheriff.workflow.persistence;

import dev.perfsheriff.shared.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between the domain's types and column values, shared by the stores. */
final class Sql {

  private Sql() {}

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Actor actor(ResultSet rs, String platform, String id, String name) throws SQLException {
    return new Actor(rs.getString(platform), rs.getString(id), rs.getString(name));
  }
}
