package dev.perfsheriff.schedule;

import dev.perfsheriff.shared.InvalidConfigException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/** When the twice-daily reports run: Quartz cron expressions, evaluated in {@code zone}. */
@ConfigurationProperties("perfsheriff.schedule")
public record ScheduleProperties(
    @DefaultValue("0 0 7,19 * * ?") String loadReport,
    @DefaultValue("0 0 7,19 * * ?") String graphCheck,
    @DefaultValue("UTC") ZoneId zone) {

  public ScheduleProperties {
    requireCron(loadReport, "perfsheriff.schedule.load-report");
    requireCron(graphCheck, "perfsheriff.schedule.graph-check");
  }

  private static void requireCron(String expression, String key) {
    InvalidConfigException.require(
        expression != null && CronExpression.isValidExpression(expression),
        key,
        "not a valid cron expression (seconds minutes hours day month weekday): '"
            + expression
            + "'");
  }
}
