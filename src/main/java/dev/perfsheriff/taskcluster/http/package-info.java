/**
 * HTTP to the Taskcluster services (queue, index, hooks, auth): one OkHttp client with timeouts,
 * back-off retries for idempotent calls, Hawk signing for the calls that need credentials, and
 * typed errors whose messages a sheriff can read.
 */
package dev.perfsheriff.taskcluster.http;
