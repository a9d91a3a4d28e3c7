package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a send or redaction: the new event's id. */
public record EventIdResponse(@JsonProperty("event_id") String eventId) {}
