/**
 * What an operator watches: the bot's own Prometheus meters ({@link
 * dev.perfsheriff.ops.BotMetrics}, quota gauges, scheduled runs) and the health of the external
 * services it calls. Modules report here with one call where the thing happens; this package reads
 * only the ledger's API.
 */
package dev.perfsheriff.ops;
