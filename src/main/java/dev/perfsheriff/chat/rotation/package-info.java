/**
 * Who is the perf sheriff on duty: on the quota ledger's shifts ({@code ShiftSchedule}), the
 * configured rotation with dated overrides.
 */
package dev.perfsheriff.chat.rotation;
