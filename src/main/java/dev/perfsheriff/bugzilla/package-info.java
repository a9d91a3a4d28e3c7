/**
 * The Bugzilla door: the status of bugs linked to alert summaries, and the workflow's {@code
 * BugTracker} port (filing regression bugs through the REST API, or a prefilled {@code
 * enter_bug.cgi} link without an API key).
 */
package dev.perfsheriff.bugzilla;
