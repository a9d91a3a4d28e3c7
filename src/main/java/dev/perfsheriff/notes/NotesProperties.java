package dev.perfsheriff.notes;

import dev.perfsheriff.shared.InvalidConfigException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notes mirror ({@code perfsheriff.notes.*}).
 *
 * @param mirrorEveryone also mirror thread messages of people without a sheriff role
 * @param maxLineLength characters of a message's text kept in its notes line; longer ones are cut
 *     with a marker and a link to the thread
 * @param maxNotesSize characters the notes may hold before older bot workflow lines are folded into
 *     a count (human lines are never folded)
 * @param pollInterval how often the delivery queue is looked at when nothing woke it
 * @param claimLease how long a claimed delivery may stay unconfirmed before it is done again
 * @param retryBackoff the first pause after a failed delivery; it doubles per attempt
 * @param maxAttempts attempts before a delivery is given up (and logged as failed)
 */
@ConfigurationProperties("perfsheriff.notes")
public record NotesProperties(
    @DefaultValue("false") boolean mirrorEveryone,
    @DefaultValue("500") int maxLineLength,
    @DefaultValue("20000") int maxNotesSize,
    @DefaultValue("PT1S") Duration pollInterval,
    @DefaultValue("PT2M") Duration claimLease,
    @DefaultValue("PT5S") Duration retryBackoff,
    @DefaultValue("10") int maxAttempts) {

  private static final String PREFIX = "perfsheriff.notes.";

  public NotesProperties {
    InvalidConfigException.require(
        maxLineLength >= 80, PREFIX + "max-line-length", "must be at least 80");
    InvalidConfigException.require(
        maxNotesSize >= 1000, PREFIX + "max-notes-size", "must be at least 1000");
    positive(pollInterval, "poll-interval");
    positive(claimLease, "claim-lease");
    positive(retryBackoff, "retry-backoff");
    InvalidConfigException.require(maxAttempts >= 1, PREFIX + "max-attempts", "must be positive");
  }

  private static void positive(Duration value, String key) {
    InvalidConfigException.require(
        value != null && !value.isNegative() && !value.isZero(),
        PREFIX + key,
        "must be a positive duration");
  }
}
