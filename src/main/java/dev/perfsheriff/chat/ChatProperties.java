package dev.perfsheriff.chat;

import dev.perfsheriff.shared.InvalidConfigException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may act in chat, who is on duty, and the limits of the command grammar.
 *
 * <p>A user is named either by a platform-qualified id ({@code <platform>:<user id>}, e.g. {@code
 * console:alice}), by a bare platform user id (matched on every platform), or by a person's name
 * listed under {@code perfsheriff.people} (a person with one id per platform). Nobody may act by
 * default.
 */
@ConfigurationProperties("perfsheriff")
public record ChatProperties(
    @DefaultValue Sheriffs sheriffs,
    Map<String, List<String>> people,
    @DefaultValue Rotation rotation,
    @DefaultValue Commands commands,
    @DefaultValue Chat chat) {

  @ConstructorBinding
  public ChatProperties {
    people = people == null ? Map.of() : Map.copyOf(people);
    people.forEach(
        (name, ids) ->
            InvalidConfigException.require(
                ids != null && !ids.isEmpty(),
                "perfsheriff.people." + name,
                "list at least one chat user id"));
    rotation.check();
  }

  /** The defaults of {@code perfsheriff.chat.*}. */
  public ChatProperties(
      Sheriffs sheriffs, Map<String, List<String>> people, Rotation rotation, Commands commands) {
    this(sheriffs, people, rotation, commands, Chat.defaults());
  }

  /** Only the sheriff lists, for tests and callers that need nothing else. */
  public static ChatProperties of(List<String> code, List<String> perf) {
    return new ChatProperties(
        new Sheriffs(code, perf), Map.of(), Rotation.none(), Commands.defaults());
  }

  /** Chat user ids or people per role. */
  public record Sheriffs(@DefaultValue List<String> code, @DefaultValue List<String> perf) {

    public Sheriffs {
      code = List.copyOf(code);
      perf = List.copyOf(perf);
    }
  }

  /**
   * Who is the perf sheriff on duty: {@code schedule} entries name a sheriff per shift (a shift
   * name of {@code perfsheriff.quota.shifts}) and/or weekday (the day the shift starts); {@code
   * overrides} replace the schedule for one date (and optionally one shift).
   */
  public record Rotation(List<Entry> schedule, List<DatedOverride> overrides) {

    private static final String PREFIX = "perfsheriff.rotation.";

    public Rotation {
      schedule = schedule == null ? List.of() : List.copyOf(schedule);
      overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    public static Rotation none() {
      return new Rotation(List.of(), List.of());
    }

    void check() {
      for (int i = 0; i < schedule.size(); i++) {
        InvalidConfigException.require(
            isNamed(schedule.get(i).sheriff()),
            PREFIX + "schedule[" + i + "].sheriff",
            "name the sheriff on duty");
      }
      for (int i = 0; i < overrides.size(); i++) {
        String key = PREFIX + "overrides[" + i + "]";
        InvalidConfigException.require(
            overrides.get(i).date() != null, key + ".date", "is required (yyyy-MM-dd)");
        InvalidConfigException.require(
            isNamed(overrides.get(i).sheriff()), key + ".sheriff", "name the sheriff on duty");
      }
    }

    private static boolean isNamed(String sheriff) {
      return sheriff != null && !sheriff.isBlank();
    }

    /** A regular duty: null shift or weekday means "every". */
    public record Entry(String shift, DayOfWeek weekday, String sheriff) {}

    /** A one-off duty on {@code date}; a null shift covers every shift starting that day. */
    public record DatedOverride(LocalDate date, String shift, String sheriff) {}
  }

  /**
   * Bounds the parser enforces so that a typo cannot ask for a thousand jobs. The protocol's
   * numbers are the defaults: at most 5 picks per summary.
   *
   * @param maxPicks alerts one {@code pick} may name
   * @param maxTimes runs one CI operation may ask for per job
   * @param cardAlerts alerts a summary card shows before folding the rest into a count
   */
  public record Commands(
      @DefaultValue("5") int maxPicks,
      @DefaultValue("10") int maxTimes,
      @DefaultValue("8") int cardAlerts) {

    private static final String PREFIX = "perfsheriff.commands.";

    public Commands {
      positive(maxPicks, "max-picks");
      positive(maxTimes, "max-times");
      positive(cardAlerts, "card-alerts");
    }

    public static Commands defaults() {
      return new Commands(5, 10, 8);
    }

    private static void positive(int value, String key) {
      InvalidConfigException.require(value > 0, PREFIX + key, "must be positive, was " + value);
    }
  }

  /**
   * How the chat core announces and answers ({@code perfsheriff.chat.*}).
   *
   * @param announceImprovements also announce summaries without a regression (the protocol's
   *     default is not to)
   * @param workers threads for slow work (Perfherder reads, writes, triggers)
   * @param workQueue slow tasks waiting for a thread before new requests are turned away
   * @param replyWithin how long a request waits for its answer before the bot replies "working on
   *     it…" and delivers the answer later; platforms acknowledge within about a second
   * @param claimLease how long a claimed announcement may stay unconfirmed before another attempt
   *     may take it over (its poster is presumed crashed); longer than any announce takes
   * @param sweepInterval how often the card sweep looks for summaries without a confirmed card
   * @param sweepWindow how far back (by creation time) the card sweep looks
   */
  public record Chat(
      @DefaultValue("false") boolean announceImprovements,
      @DefaultValue("4") int workers,
      @DefaultValue("100") int workQueue,
      @DefaultValue("PT0.7S") Duration replyWithin,
      @DefaultValue("PT5M") Duration claimLease,
      @DefaultValue("PT1M") Duration sweepInterval,
      @DefaultValue("P2D") Duration sweepWindow) {

    private static final String PREFIX = "perfsheriff.chat.";

    @ConstructorBinding
    public Chat {
      InvalidConfigException.require(workers > 0, PREFIX + "workers", "must be positive");
      InvalidConfigException.require(workQueue > 0, PREFIX + "work-queue", "must be positive");
      InvalidConfigException.require(
          replyWithin != null && !replyWithin.isNegative(),
          PREFIX + "reply-within",
          "must not be negative");
      positive(claimLease, "claim-lease");
      positive(sweepInterval, "sweep-interval");
      positive(sweepWindow, "sweep-window");
    }

    /** The defaults of the announcement lease and the card sweep. */
    public Chat(boolean announceImprovements, int workers, int workQueue, Duration replyWithin) {
      this(
          announceImprovements,
          workers,
          workQueue,
          replyWithin,
          Duration.ofMinutes(5),
          Duration.ofMinutes(1),
          Duration.ofDays(2));
    }

    public static Chat defaults() {
      return new Chat(false, 4, 100, Duration.ofMillis(700));
    }

    private static void positive(Duration value, String key) {
      InvalidConfigException.require(
          value != null && !value.isNegative() && !value.isZero(),
          PREFIX + key,
          "must be a positive duration");
    }
  }
}
