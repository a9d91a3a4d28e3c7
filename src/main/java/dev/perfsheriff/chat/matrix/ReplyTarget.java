package dev.perfsheriff.chat.matrix;

import java.util.Optional;

/**
 * Where an answer to an inbound event goes: into {@code threadRoot}'s thread when the event was in
 * a thread, otherwise as a rich reply to {@code eventId}.
 */
public record ReplyTarget(String eventId, Optional<String> threadRoot) {}
