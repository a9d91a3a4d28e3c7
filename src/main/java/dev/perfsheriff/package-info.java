/**
 * perf-sheriff-bot: a chat bot that brings the Firefox performance sheriffing protocol into Slack
 * and Matrix. Each sub-package is one module of {@code ../shared/ARCHITECTURE.md}; this package
 * only holds the Spring Boot entry point.
 */
package dev.perfsheriff;
