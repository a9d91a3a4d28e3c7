package dev.perfsheriff.schedule;

import dev.perfsheriff.shared.InvalidConfigException;
import java.time.Duration;
import java.time.ZoneId;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the scheduled jobs run: Quartz cron expressions (seconds minutes hours day-of-month month
 * day-of-week), evaluated in {@code zone}, and the sampling interval.
 *
 * @param loadReport the system load report (twice a day)
 * @param graphCheck the graph check (twice a day)
 * @param bugRefresh the refresh of linked bugs from Bugzilla (daily)
 * @param monthlyReview the review of the past month (on the 1st)
 * @param loadSampleInterval how often the perf pools' load is sampled into the time series
 * @param bugWatchFirst age of a regression summary without a bug at which the perf sheriff on duty
 *     is pinged
 * @param bugWatchSecond age at which they are pinged again, with the next shift's perf sheriff
 */
@ConfigurationProperties("perfsheriff.schedule")
public record ScheduleProperties(
    @DefaultValue("0 0 7,19 * * ?") String loadReport,
    @DefaultValue("0 0 7,19 * * ?") String graphCheck,
    @DefaultValue("0 30 5 * * ?") String bugRefresh,
    @DefaultValue("0 0 8 1 * ?") String monthlyReview,
    @DefaultValue("PT10M") Duration loadSampleInterval,
    @DefaultValue("PT20H") Duration bugWatchFirst,
    @DefaultValue("PT24H") Duration bugWatchSecond,
    @DefaultValue("UTC") ZoneId zone) {

  private static final String PREFIX = "perfsheriff.schedule.";

  public ScheduleProperties {
    requireCron(loadReport, PREFIX + "load-report");
    requireCron(graphCheck, PREFIX + "graph-check");
    requireCron(bugRefresh, PREFIX + "bug-refresh");
    requireCron(monthlyReview, PREFIX + "monthly-review");
    InvalidConfigException.require(
        loadSampleInterval != null && loadSampleInterval.compareTo(Duration.ofMinutes(1)) >= 0,
        PREFIX + "load-sample-interval",
        "must be at least one minute, was " + loadSampleInterval);
    InvalidConfigException.require(
        bugWatchFirst != null && !bugWatchFirst.isNegative() && !bugWatchFirst.isZero(),
        PREFIX + "bug-watch-first",
        "must be positive, was " + bugWatchFirst);
    InvalidConfigException.require(
        bugWatchSecond != null && bugWatchSecond.compareTo(bugWatchFirst) > 0,
        PREFIX + "bug-watch-second",
        "must be later than bug-watch-first (" + bugWatchFirst + "), was " + bugWatchSecond);
  }

  private static void requireCron(String expression, String key) {
    InvalidConfigException.require(
        expression != null && CronExpression.isValidExpression(expression),
        key,
        "not a valid Quartz cron expression (seconds minutes hours day month weekday): '"
            + expression
            + "'");
  }
}
