package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code PUT /rooms/{roomId}/redact/{eventId}/{txnId}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedactRequest(@JsonProperty("reason") String reason) {}
