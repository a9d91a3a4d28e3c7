package dev.perfsheriff.chat.port;

import dev.perfsheriff.shared.Actor;
import dev.perfsheriff.shared.SummaryId;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's message in the thread of a summary's card, as an adapter hands it to {@link
 * ThreadNotes}: the notes mirror's input.
 *
 * @param message where the message itself lives (its platform and its own id there)
 * @param summary the summary whose card the thread belongs to
 * @param author who wrote it
 * @param text the text as the platform delivered it (its markup included)
 * @param at when it was written (or edited)
 * @param link a link that opens the message, when the platform has one
 */
public record ThreadMessage(
    MessageRef message,
    SummaryId summary,
    Actor author,
    String text,
    Instant at,
    Optional<String> link) {}
