package dev.perfsheriff.perfherder.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters and paging of the alert-summary list ({@code repository} and {@code framework} are the
 * numeric ids Treeherder's filter wants). Unset filters are left out of the URL.
 */
public record SummaryQuery(
    Integer repositoryId,
    Integer frameworkId,
    Integer status,
    Long timerangeSeconds,
    String ordering,
    int page,
    int limit) {

  public static SummaryQuery of(int repositoryId, int frameworkId, int page, int limit) {
    return new SummaryQuery(repositoryId, frameworkId, null, null, null, page, limit);
  }

  public SummaryQuery withTimerange(long seconds) {
    return new SummaryQuery(repositoryId, frameworkId, status, seconds, ordering, page, limit);
  }

  public SummaryQuery withStatus(int code) {
    return new SummaryQuery(
        repositoryId, frameworkId, code, timerangeSeconds, ordering, page, limit);
  }

  public SummaryQuery page(int number) {
    return new SummaryQuery(
        repositoryId, frameworkId, status, timerangeSeconds, ordering, number, limit);
  }

  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "repository", repositoryId);
    put(parameters, "framework", frameworkId);
    put(parameters, "status", status);
    put(parameters, "timerange", timerangeSeconds);
    put(parameters, "ordering", ordering);
    parameters.put("page", Integer.toString(page));
    parameters.put("limit", Integer.toString(limit));
    return parameters;
  }

  private static void put(Map<String, String> parameters, String name, Object value) {
    if (value != null) {
      parameters.put(name, value.toString());
    }
  }
}
