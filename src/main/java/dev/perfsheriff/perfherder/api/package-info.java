/**
 * The Treeherder/Perfherder HTTP API as this bot uses it: the OkHttp transport (User-Agent,
 * timeouts, retries with back-off), the typed errors, the payload records and the liberal parser
 * that turns Treeherder JSON into them. Payload records are public only so the module's other
 * packages can use them; they never leave {@code dev.perfsheriff.perfherder}.
 */
package dev.perfsheriff.perfherder.api;
