package dev.perfsheriff.ops;

import dev.perfsheriff.ledger.QuotaLedger;
import dev.perfsheriff.ledger.QuotaProperties;
import dev.perfsheriff.ledger.QuotaStatus;
import dev.perfsheriff.shared.Platform;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/**
 * {@code perfsheriff_quota_jobs{platform, state="used"|"left"}}: the current shift's quota of every
 * configured platform family, read from the ledger at each scrape (so replicas agree: the counters
 * live in PostgreSQL). Alert on {@code left} nearing 0 early in a shift.
 */
@Component
class QuotaGauges implements MeterBinder {

  static final String QUOTA_JOBS = "perfsheriff.quota.jobs";

  private final QuotaLedger ledger;
  private final QuotaProperties quota;
  private final Clock clock;

  QuotaGauges(QuotaLedger ledger, QuotaProperties quota, Clock clock) {
    this.ledger = ledger;
    this.quota = quota;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    quota.platforms().stream()
        .map(QuotaProperties.PlatformRule::family)
        .distinct()
        .map(Platform::of)
        .forEach(
            platform -> {
              gauge(registry, platform, "used", QuotaStatus::used);
              gauge(registry, platform, "left", QuotaStatus::left);
            });
  }

  private void gauge(
      MeterRegistry registry, Platform platform, String state, ToIntFunction<QuotaStatus> value) {
    Gauge.builder(QUOTA_JOBS, ledger, l -> value.applyAsInt(l.remaining(platform, clock.instant())))
        .description("Perf jobs of the current shift per platform family: used and left")
        .tags("platform", platform.name(), "state", state)
        .register(registry);
  }
}
