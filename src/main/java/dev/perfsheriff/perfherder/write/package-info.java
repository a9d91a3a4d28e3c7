/**
 * Writing back to Perfherder: the staff session ({@code /api/auth/login/} with the Auth0 tokens,
 * renewed before Treeherder's 45-minute cap, Auth0 refresh first when configured), CSRF-protected
 * PUTs of summaries and alerts one at a time, and the line-wise notes merge that keeps what others
 * wrote in the web UI. Without credentials everything here answers READ_ONLY and sends nothing.
 */
package dev.perfsheriff.perfherder.write;
