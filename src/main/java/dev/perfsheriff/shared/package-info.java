/**
 * Tiny value types every module may use, with no dependency beyond the JDK: identifiers ({@code
 * SummaryId}, {@code AlertId}, ...), {@link dev.perfsheriff.shared.Secret} for credentials that
 * must never be printed, and {@link dev.perfsheriff.shared.InvalidConfigException} for fail-fast
 * configuration checks.
 */
package dev.perfsheriff.shared;
