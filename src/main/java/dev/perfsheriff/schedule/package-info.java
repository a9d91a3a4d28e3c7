/**
 * Every scheduled job of the bot, declared once ({@link dev.perfsheriff.schedule.JobDeclaration},
 * registered by {@link dev.perfsheriff.schedule.JobRegistrar}) on Quartz's clustered JDBC store:
 * the Perfherder poll and card sweep of other modules, and the jobs of its sub-packages: CI load
 * sampling and the load report, the graph check, the bug watch and Bugzilla refresh, the monthly
 * review, their charts, and the recorded, retried posts they publish on every chat platform.
 */
package dev.perfsheriff.schedule;
