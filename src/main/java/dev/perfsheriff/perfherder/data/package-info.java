/**
 * Pushes and performance data around a revision, read live from Treeherder: the {@code
 * RevisionData} port the workflow uses to count data points per revision and to find the task ids
 * to retrigger from.
 */
package dev.perfsheriff.perfherder.data;
