package dev.perfsheriff.chat.dispatch;

import dev.perfsheriff.chat.ActionId;
import dev.perfsheriff.chat.command.Access;
import dev.perfsheriff.chat.command.ButtonCommands;
import dev.perfsheriff.chat.command.Command;
import dev.perfsheriff.chat.command.CommandParser;
import dev.perfsheriff.chat.command.HelpText;
import dev.perfsheriff.chat.command.ParseResult;
import dev.perfsheriff.chat.identity.AccessPolicy;
import dev.perfsheriff.chat.identity.Roles;
import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.ChatRequest;
import dev.perfsheriff.chat.port.ChatRequest.Input;
import dev.perfsheriff.chat.port.Reply;
import dev.perfsheriff.ops.BotMetrics;
import dev.perfsheriff.shared.SummaryId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of every platform adapter: text or click in, one {@link Reply} out. Parses,
 * checks the actor's role, routes through {@link CommandRoutes}, and turns anything that goes wrong
 * into a sentence for the person who asked. Never throws, never stays silent on input meant for the
 * bot.
 */
public final class ChatDispatcher {

  private static final Logger log = LoggerFactory.getLogger(ChatDispatcher.class);

  private final CommandParser parser;
  private final HelpText help;
  private final Roles roles;
  private final AccessPolicy access;
  private final CommandRoutes routes;
  private final BotMetrics metrics;

  public ChatDispatcher(
      CommandParser parser, HelpText help, Roles roles, CommandRoutes routes, BotMetrics metrics) {
    this.parser = parser;
    this.help = help;
    this.roles = roles;
    this.access = new AccessPolicy(roles);
    this.routes = routes;
    this.metrics = metrics;
  }

  /** The reply; empty only for a chat message that was not addressed to the bot. */
  public Optional<Reply> dispatch(ChatRequest request) {
    if (request.input() instanceof Input.Pressed pressed) {
      return Optional.of(pressed(request, pressed));
    }
    return typed(request, (Input.Typed) request.input());
  }

  private Optional<Reply> typed(ChatRequest request, Input.Typed typed) {
    Optional<String> text = request.prefix().commandText(typed.text());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    ParseResult result = parser.parse(text.get());
    if (result instanceof ParseResult.Invalid invalid) {
      return Optional.of(Reply.privately(help.invalid(invalid, request.prefix())));
    }
    ParseResult.Parsed parsed = (ParseResult.Parsed) result;
    return Optional.of(
        run(request, parsed.command(), parsed.spec().access(), parsed.spec().name()));
  }

  private Reply pressed(ChatRequest request, Input.Pressed pressed) {
    Optional<ActionId> action = ActionId.fromId(pressed.actionId());
    if (action.isEmpty()) {
      return Reply.privately(
          ChatMessage.text(
              "That button (" + pressed.actionId() + ") is not one I know; try `help`."));
    }
    Optional<SummaryId> summary = summaryId(pressed.value());
    if (summary.isEmpty()) {
      return Reply.privately(
          ChatMessage.text(
              "The "
                  + action.get().label()
                  + " button did not say which summary it is for; use "
                  + request.prefix().shown(ButtonCommands.typedAs(action.get()))
                  + " instead."));
    }
    Command command = ButtonCommands.commandFor(action.get(), summary.get());
    return run(request, command, ButtonCommands.access(action.get()), action.get().id());
  }

  private Reply run(ChatRequest request, Command command, Access needed, String what) {
    Optional<ChatMessage> refusal = access.refusal(request.actor(), needed, what);
    if (refusal.isPresent()) {
      metrics.action(what, "refused");
      return Reply.privately(refusal.get());
    }
    CommandContext context = new CommandContext(request, roles.rolesOf(request.actor()));
    try {
      Reply reply =
          routes
              .handlerFor(command)
              .map(handler -> handler.handle(command, context))
              .orElseGet(
                  () -> Reply.privately(ChatMessage.text("`" + what + "` is not available.")));
      metrics.action(what, "done");
      return reply;
    } catch (RuntimeException e) {
      metrics.action(what, "failed");
      log.error("{} failed for {}: {}", what, request.actor(), command, e);
      return Reply.privately(
          ChatMessage.text(
              "Sorry, `" + what + "` failed unexpectedly. The details are in the bot's log."));
    }
  }

  private static Optional<SummaryId> summaryId(String value) {
    try {
      return Optional.of(SummaryId.of(Long.parseLong(value == null ? "" : value.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
