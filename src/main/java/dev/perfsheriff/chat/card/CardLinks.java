package dev.perfsheriff.chat.card;

import dev.perfsheriff.chat.card.SummaryCard.Link;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.workflow.domain.Alert;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web pages a card links to, on the configured Treeherder ({@code
 * perfsheriff.perfherder.base-url}): the Perfherder alert view, the graph of the worst alert, and
 * the Treeherder push.
 */
public final class CardLinks {

  private final String root;

  public CardLinks(URI treeherder) {
    String text = treeherder.toString();
    this.root = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** Perfherder's page of one alert summary. */
  public URI alertView(SummaryId summary) {
    return URI.create(root + "/perfherder/alerts?id=" + summary.value());
  }

  List<Link> forSummary(AlertSummary summary, Optional<Alert> graphed) {
    List<Link> links = new ArrayList<>();
    links.add(new Link("Perfherder alert", alertView(summary.id())));
    graphed.ifPresent(
        alert ->
            links.add(
                new Link(
                    "Graph",
                    URI.create(
                        root
                            + "/perfherder/graphs?series="
                            + encode(summary.repository().name())
                            + ","
                            + alert.signature().id()
                            + ",1,"
                            + summary.frameworkId()))));
    links.add(new Link("Push", push(summary)));
    return links;
  }

  /** Treeherder's jobs view of the summary's push. */
  public URI push(AlertSummary summary) {
    return URI.create(
        root
            + "/jobs?repo="
            + encode(summary.repository().name())
            + "&revision="
            + summary.revision().hash());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
