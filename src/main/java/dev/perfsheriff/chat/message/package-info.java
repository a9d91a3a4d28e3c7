/**
 * Platform-neutral messages (paragraphs, bullets, mentions, links) that every adapter can render.
 */
package dev.perfsheriff.chat.message;
