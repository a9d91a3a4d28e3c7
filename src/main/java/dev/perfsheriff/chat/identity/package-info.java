/**
 * Identity and roles: configured people and their chat ids per platform, the roles an actor holds,
 * and the access decision with its polite refusal.
 */
package dev.perfsheriff.chat.identity;
