/**
 * The Matrix adapter: a small Client-Server API client, the sync loop with its lease, HTML
 * rendering and reactions as buttons.
 */
package dev.perfsheriff.chat.matrix;
