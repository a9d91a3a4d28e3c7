/**
 * The embedded PostgreSQL: real server binaries from a Maven artifact, unpacked, initialised in
 * {@code perfsheriff.embedded-db.dir} and run on loopback. Active only when {@code
 * spring.datasource.url} is not set. When the bot runs as root, the server runs as {@code nobody}
 * because PostgreSQL refuses to run as root.
 */
package dev.perfsheriff.app.db;
