/**
 * The service's own plumbing that belongs to no business module: configuration validation with
 * one-line failure messages, and (in {@code app.db}) the embedded PostgreSQL used when no database
 * server is configured.
 */
package dev.perfsheriff.app;
