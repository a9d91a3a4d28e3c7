/**
 * Taskcluster in-tree actions of a push: finding the decision task, reading and checking its {@code
 * public/actions.json}, choosing an action by name and task context, validating the input against
 * the action's schema, and rendering the hook payload with the small JSON-e subset that
 * actions.json uses. The result is a {@link dev.perfsheriff.taskcluster.actions.HookCall}: exactly
 * what would be sent.
 */
package dev.perfsheriff.taskcluster.actions;
