package dev.perfsheriff.chat.command;

/**
 * A bad argument, found while parsing. Never leaves {@link CommandParser}: it becomes a {@link
 * ParseResult.Invalid} reply naming the problem and the usage.
 */
final class UsageException extends RuntimeException {

  UsageException(String problem) {
    super(problem, null, false, false);
  }
}
