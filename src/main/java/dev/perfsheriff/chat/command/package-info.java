/**
 * The command grammar: typed Command records, the command definitions (CommandGrammar) that the
 * parser, the help text and bot-commands.md share, prefix handling, and what each card button means
 * as a command.
 */
package dev.perfsheriff.chat.command;
