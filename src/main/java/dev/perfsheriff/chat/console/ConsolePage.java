package dev.perfsheriff.chat.console;

import static dev.perfsheriff.chat.console.ConsoleHtml.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's HTML: the shell (header with the "act as" choice, command box, feed, side panel, the
 * cherry-pick prompt) and the feed fragment the script loads and then keeps live from the event
 * stream. Newest cards and channel messages first; a card's thread under it, oldest first, then the
 * thread's reply box.
 */
final class ConsolePage {

  private static final int FEED_SIZE = 40;

  /**
   * Under each card: a note for the summary's Perfherder notes, or a command about it. The script
   * builds the same box for a card that arrives live.
   */
  static final String REPLY_BOX =
      "<form class=\"thread-reply\" autocomplete=\"off\">"
          + "<input name=\"text\" aria-label=\"reply in thread\""
          + " placeholder=\"Reply in thread: a note for Perfherder, or !perf …\">"
          + "<button type=\"submit\">Reply</button></form>";

  private final ConsoleMessages messages;
  private final ConsoleIdentities identities;
  private final boolean demo;

  ConsolePage(ConsoleMessages messages, ConsoleIdentities identities, boolean demo) {
    this.messages = messages;
    this.identities = identities;
    this.demo = demo;
  }

  String shell(String panel) {
    StringBuilder options = new StringBuilder();
    for (ConsoleIdentities.Identity identity : identities.all()) {
      options
          .append("<option value=\"")
          .append(escape(identity.userId()))
          .append("\"")
          .append(identity.demo() ? " class=\"demo-sheriff\"" : "")
          .append(">")
          .append(escape(identity.label()))
          .append("</option>");
    }
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>perf-sheriff-bot console%s</title>
        <link rel="stylesheet" href="/console/console.css">
        <script src="/console/console.js" defer></script>
        </head>
        <body%s>
        <header>
          <h1>perf-sheriff-bot <span class="sub">console</span>%s</h1>
          <label>Act as <select id="act-as">%s</select></label>
          <span id="live" class="offline">connecting…</span>
        </header>
        <div id="layout">
        <main>
          <form id="command-form" autocomplete="off">
            <input id="command" name="text" placeholder="!perf help" aria-label="command">
            <button type="submit">Send</button>
          </form>
          <div id="feed"></div>
        </main>
        <aside id="panel">%s</aside>
        </div>
        <dialog id="pick-dialog">
          <form method="dialog" id="pick-form">
            <h2>Cherry-pick alerts of summary <span id="pick-summary"></span></h2>
            <p>At most <span id="pick-max">5</span> alerts; the recommended ones are ticked.</p>
            <div id="pick-choices"></div>
            <menu>
              <button value="cancel" type="button" id="pick-cancel">Cancel</button>
              <button value="pick" type="submit" id="pick-submit">Pick</button>
            </menu>
          </form>
        </dialog>
        </body>
        </html>
        """
        .formatted(
            demo ? " (demo)" : "",
            demo ? " class=\"demo\"" : "",
            demo ? " <span class=\"badge\" id=\"demo-badge\">DEMO · recorded data</span>" : "",
            options,
            panel);
  }

  /** The newest cards and channel messages, each card with its thread. */
  String feed() {
    List<ConsoleMessages.Stored> recent = messages.recent(FEED_SIZE);
    Map<Long, List<ConsoleMessages.Stored>> threads = new LinkedHashMap<>();
    List<ConsoleMessages.Stored> top = new ArrayList<>();
    for (ConsoleMessages.Stored message : recent) {
      if (message.threadRoot() == null) {
        top.add(0, message);
      } else {
        threads.computeIfAbsent(message.threadRoot(), k -> new ArrayList<>()).add(message);
      }
    }
    StringBuilder html = new StringBuilder();
    for (ConsoleMessages.Stored message : top) {
      html.append("<div class=\"item ")
          .append(message.kind())
          .append("\" id=\"m-")
          .append(message.id())
          .append("\"")
          .append(
              message.summaryId() == null ? "" : " data-summary=\"" + message.summaryId() + "\"")
          .append(">")
          .append(message.isCard() ? "<article class=\"card\">" : "<div class=\"body\">")
          .append(message.html())
          .append(message.isCard() ? "</article>" : "</div>")
          .append("<div class=\"thread\" id=\"t-")
          .append(message.id())
          .append("\">");
      threads.getOrDefault(message.id(), List.of()).forEach(r -> html.append(reply(r)));
      html.append("</div>").append(message.isCard() ? REPLY_BOX : "").append("</div>");
    }
    return html.toString();
  }

  private static String reply(ConsoleMessages.Stored reply) {
    return "<div class=\"reply "
        + reply.kind()
        + "\" id=\"m-"
        + reply.id()
        + "\">"
        + reply.html()
        + "</div>";
  }
}
