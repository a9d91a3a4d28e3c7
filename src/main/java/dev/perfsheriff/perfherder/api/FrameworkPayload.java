package dev.perfsheriff.perfherder.api;

/** A performance framework ({@code talos}, {@code awsy}, ...) by id and name. */
public record FrameworkPayload(int id, String name) {}
