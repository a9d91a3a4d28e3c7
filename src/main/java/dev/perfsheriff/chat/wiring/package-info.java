/**
 * The chat core wired to the real services: the handlers of the dispatcher's routes (summary views,
 * triage, rounds, CI operations, status) on the workflow service, the quota ledger and the
 * Taskcluster executor; the announcement records in PostgreSQL; the listeners that announce a new
 * summary's card and replace it whenever the summary or its workflow changes, and the Quartz card
 * sweep that announces what they missed (a full queue, a crash, a failing platform); the bounded
 * background work that lets every request be answered within a second; and the {@code
 * OnDutyPerfSheriff} port from the chat rotation. Platform adapters contribute {@code ChatPlatform}
 * beans and call the {@code ChatDispatcher} bean; nothing here names a platform.
 */
package dev.perfsheriff.chat.wiring;
