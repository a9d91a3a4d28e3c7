/** Stores the workflow domain in PostgreSQL (Spring Data JDBC) and maps rows to and from it. */
package dev.perfsheriff.workflow.persistence;
