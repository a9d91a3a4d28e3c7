package dev.perfsheriff.app.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data ({@code perfsheriff.embedded-db.dir}). Used only
 * when {@code spring.datasource.url} is not set.
 */
@ConfigurationProperties("perfsheriff.embedded-db")
public record EmbeddedDbProperties(@DefaultValue("./data/postgres") Path dir) {}
