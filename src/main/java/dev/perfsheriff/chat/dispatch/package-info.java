/**
 * Inbound routing: the dispatcher every adapter calls, the one routing table from command type to\n
 * * handler, the handlers the core implements (help, oncall), and the handler interfaces the
 * wiring\n * step implements with the workflow, ledger, Perfherder and Taskcluster modules.
 */
package dev.perfsheriff.chat.dispatch;
