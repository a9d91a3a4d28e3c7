/**
 * The pure core of the workflow: states, transitions, rounds, policies and the ports it needs.
 * Plain Java only (no Spring, JDBC, HTTP, JSON or chat types); time comes in as a {@code Clock}.
 */
package dev.perfsheriff.workflow.domain;
