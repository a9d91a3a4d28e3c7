/**
 * The local web console ({@code GET /console}): the chat core's third platform, in a browser. A
 * plain server-rendered page with a little script: the cards with whatever buttons they carry,
 * their threads, the {@code !perf} command box, a prompt where Slack opens a modal (cherry-pick),
 * live updates over server-sent events, and a side panel (where the summaries come from, the perf
 * sheriff on duty, quota per platform, CI load, open summaries per state). {@link
 * dev.perfsheriff.chat.console.ConsoleChatPlatform} is its {@code ChatPlatform}; {@link
 * dev.perfsheriff.chat.console.ConsoleInbound} hands clicks and commands to the {@code
 * ChatDispatcher} like the Slack and Matrix adapters do, so every action goes through the same
 * roles, ledger and workflow, and hands what is typed into a card's thread to the notes mirror
 * ({@code ThreadNotes}). The platform is also the mirror's target ({@code MirroredMessages}), and
 * {@link dev.perfsheriff.chat.console.ConsoleChannelPosting} posts the scheduled reports and their
 * files ({@link dev.perfsheriff.chat.console.ConsoleFiles}). The page acts as a configured sheriff
 * ({@code console:<name>}) or, with none configured, as a clearly marked local demo sheriff ({@link
 * dev.perfsheriff.chat.console.ConsoleDefaults}). {@link dev.perfsheriff.chat.console.ConsoleGuard}
 * keeps it to this machine unless a bind address and a login are configured. On by default when
 * neither Slack nor Matrix is ({@link dev.perfsheriff.chat.console.ConsoleEnabled}).
 */
package dev.perfsheriff.chat.console;
