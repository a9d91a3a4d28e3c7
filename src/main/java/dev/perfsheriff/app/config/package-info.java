/**
 * Fail-fast configuration: the exception every module's properties record throws for a bad value,
 * and the failure analyzer that turns it (and Spring's binding errors) into one line naming the
 * key.
 */
package dev.perfsheriff.app.config;
