package dev.perfsheriff.chat.matrix.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a media upload: the {@code mxc://} URI of the stored content. */
public record ContentUri(@JsonProperty("content_uri") String contentUri) {}
