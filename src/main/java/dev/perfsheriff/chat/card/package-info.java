/**
 * The platform-neutral summary card, built from a Perfherder summary and the workflow's facts, and
 * the links it carries. Adapters render it; nobody patches it.
 */
package dev.perfsheriff.chat.card;
