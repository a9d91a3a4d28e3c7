/**
 * The platform-neutral chat core: the summary card model, the four action ids, the command grammar,
 * roles and rotation, and the contract with platform adapters. No chat platform is named here;
 * adapters live in their own sub-packages and depend on this one, never the reverse.
 */
package dev.perfsheriff.chat;
