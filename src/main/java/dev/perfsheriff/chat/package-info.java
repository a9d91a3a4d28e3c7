/**
 * The platform-neutral chat core: the summary card model, the four action ids, the command grammar,
 * roles and rotation, and the outbound queue contract. No chat platform is named here.
 */
package dev.perfsheriff.chat;
