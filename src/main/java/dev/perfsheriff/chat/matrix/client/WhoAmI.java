package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /account/whoami}: whose token this is. */
public record WhoAmI(
    @JsonProperty("user_id") String userId, @JsonProperty("device_id") String deviceId) {}
