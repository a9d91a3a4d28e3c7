/**
 * The quota ledger: perf jobs per platform per shift, reserved before any trigger and committed or
 * released after, exact under concurrency across replicas.
 */
package dev.perfsheriff.ledger;
