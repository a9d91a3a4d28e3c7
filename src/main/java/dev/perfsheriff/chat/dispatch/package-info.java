/**
 * Inbound routing: the dispatcher every adapter calls, the one routing table from command type to
 * handler, the handlers the core implements (help, oncall, handoff ping), and the handler
 * interfaces the wiring step implements with the workflow, ledger, Perfherder and Taskcluster
 * modules.
 */
package dev.perfsheriff.chat.dispatch;
