package dev.perfsheriff.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each start and clean stop of this bot instance in {@code app_instance}: which replicas
 * ran when, and whether the last one stopped cleanly.
 */
@Component
class InstanceRegistry {

  private static final Logger log = LoggerFactory.getLogger(InstanceRegistry.class);

  private final JdbcClient jdbc;
  private final AtomicLong instanceId = new AtomicLong();

  InstanceRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void started() {
    String version = getClass().getPackage().getImplementationVersion();
    long id =
        jdbc.sql("INSERT INTO app_instance (host, pid, version) VALUES (?, ?, ?) RETURNING id")
            .params(hostName(), ProcessHandle.current().pid(), version == null ? "dev" : version)
            .query(Long.class)
            .single();
    instanceId.set(id);
    long earlier =
        jdbc.sql("SELECT count(*) FROM app_instance WHERE id < ?")
            .param(id)
            .query(Long.class)
            .single();
    log.info("Instance {} started ({} earlier starts on this database)", id, earlier);
  }

  @EventListener(ContextClosedEvent.class)
  void stopping() {
    long id = instanceId.get();
    if (id == 0) {
      return;
    }
    try {
      jdbc.sql("UPDATE app_instance SET stopped_at = now() WHERE id = ?").param(id).update();
    } catch (DataAccessException e) {
      // The database may already be gone (shut down alongside us); a stop must not fail for that.
      log.warn("Instance {} stopping: could not record the stop ({})", id, e.getMessage());
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
