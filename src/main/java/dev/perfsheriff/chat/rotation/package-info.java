/**
 * Who is the perf sheriff on duty: the shift calendar (the quota's shifts) and the configured
 * rotation with dated overrides.
 */
package dev.perfsheriff.chat.rotation;
