/** The Bugzilla door: the status of bugs linked to alert summaries. */
package dev.perfsheriff.bugzilla;
