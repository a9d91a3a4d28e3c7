/**
 * The bot's outbound HTTP plumbing, used by every adapter module (Perfherder, Taskcluster,
 * Bugzilla, Slack, Matrix): one configured OkHttp client builder, one retry loop with its back-off,
 * and the shutdown signal that cuts retry waits short when the application stops. Knows no API.
 */
package dev.perfsheriff.http;
