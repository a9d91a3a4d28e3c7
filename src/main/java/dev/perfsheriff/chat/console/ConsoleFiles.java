package dev.perfsheriff.chat.console;

import dev.perfsheriff.chat.port.ChatFile;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Files shared in the console (charts, CSV reports), in PostgreSQL (table {@code console_file})
 * like the messages that show them, so a page opened later or after a restart still has them.
 */
final class ConsoleFiles {

  private final JdbcClient jdbc;
  private final Clock clock;

  ConsoleFiles(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores {@code file}; its id is the last part of its address on the page. */
  long store(ChatFile file) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO console_file (filename, media_type, title, bytes, created_at)
            VALUES (:filename, :mediaType, :title, :bytes, :now)
            """)
        .param("filename", file.filename())
        .param("mediaType", file.mediaType())
        .param("title", file.title())
        .param("bytes", file.bytes())
        .param("now", Timestamp.from(clock.instant()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<ChatFile> find(long id) {
    return jdbc.sql("SELECT filename, media_type, bytes, title FROM console_file WHERE id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                new ChatFile(
                    rs.getString("filename"),
                    rs.getString("media_type"),
                    rs.getBytes("bytes"),
                    rs.getString("title")))
        .optional();
  }

  /** Where the page loads file {@code id} from. */
  static String path(long id) {
    return "/console/files/" + id;
  }
}
