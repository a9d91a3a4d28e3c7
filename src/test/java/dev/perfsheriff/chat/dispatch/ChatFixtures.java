package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.ChatProperties;
import dev.perfsheriff.chat.card.CardLinks;
import dev.perfsheriff.chat.command.CommandGrammar;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.rotation.Rotation;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.ShiftSchedule;
import dev.perfsheriff.shared.Actor;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A small configured team for dispatcher tests: alice (code), bob (perf, on duty by day). */
final class ChatFixtures {

  static final Actor ALICE = new Actor("console", "alice", "Alice");
  static final Actor BOB = new Actor("matrix", "@bob:mozilla.org", "Bob");
  static final Actor STRANGER = new Actor("console", "mallory", "Mallory");
  static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");
  static final CardLinks LINKS = new CardLinks(URI.create("https://treeherder.test"));

  static final ChatProperties CONFIG =
      new ChatProperties(
          new ChatProperties.Sheriffs(List.of("console:alice"), List.of("bob")),
          Map.of("bob", List.of("matrix:@bob:mozilla.org", "console:bob")),
          new ChatProperties.Rotation(
              List.of(new ChatProperties.Rotation.Entry("day", null, "bob")), List.of()),
          ChatProperties.Commands.defaults());

  private ChatFixtures() {}

  static CommandGrammar grammar() {
    return new CommandGrammar(CONFIG.commands());
  }

  static Roles roles() {
    return new Roles(CONFIG);
  }

  static Rotation rotation() {
    return new Rotation(
        CONFIG.rotation(), new ShiftSchedule(new QuotaProperties(100, null)), roles());
  }

  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
