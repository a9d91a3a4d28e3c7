/**
 * The command grammar: typed {@link dev.perfsheriff.chat.command.Command} records, the command\n *
 * definitions ({@link dev.perfsheriff.chat.command.CommandGrammar}) that the parser, the help
 * text\n * and bot-commands.md share, prefix handling, and what each card button means as a
 * command.
 */
package dev.perfsheriff.chat.command;
