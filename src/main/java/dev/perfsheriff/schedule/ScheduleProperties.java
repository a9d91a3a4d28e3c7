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
 * @param loadSampleInterval how often the perf pools' load is sampled into the time series
 */
@ConfigurationProperties("perfsheriff.schedule")
public record ScheduleProperties(
    @DefaultValue("0 0 7,19 * * ?") String loadReport,
    @DefaultValue("0 0 7,19 * * ?") String graphCheck,
    @DefaultValue("0 30 5 * * ?") String bugRefresh,
    @DefaultValue("PT10M") Duration loadSampleInterval,
    @DefaultValue("UTC") ZoneId zone) {

  private static final String PREFIX = "perfsheriff.schedule.";

  public ScheduleProperties {
    requireCron(loadReport, PREFIX + "load-report");
    requireCron(graphCheck, PREFIX + "graph-check");
    requireCron(bugRefresh, PREFIX + "bug-refresh");
    InvalidConfigException.require(
        loadSampleInterval != null && loadSampleInterval.compareTo(Duration.ofMinutes(1)) >= 0,
        PREFIX + "load-sample-interval",
        "must be at least one minute, was " + loadSampleInterval);
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
