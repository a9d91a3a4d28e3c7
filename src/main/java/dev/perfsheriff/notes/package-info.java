/** The two-way mirror between a summary's chat thread and its notes in Perfherder. */
package dev.perfsheriff.notes;
