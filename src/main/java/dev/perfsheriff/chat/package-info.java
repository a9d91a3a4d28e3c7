/**
 * The platform-neutral chat core: the summary card model, the four action ids, the command grammar,
 * roles and rotation, and the contract with platform adapters. No chat platform is named here;
 * adapters live in their own sub-packages and depend on this one, never the reverse. {@code
 * chat.port} is the API sub-package platform adapters implement. Rounds and CI operations go
 * through the {@code rounds} module; chat reaches no Taskcluster or ledger internals ({@code
 * ModuleRulesTest}).
 */
package dev.perfsheriff.chat;
