package dev.perfsheriff.schedule.posts;

import dev.perfsheriff.chat.message.ChatMessage;
import dev.perfsheriff.chat.port.CardThreads;
import dev.perfsheriff.chat.port.ChannelPosting;
import dev.perfsheriff.chat.port.MessageRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Publishes what a scheduled run has to say on every chat platform: the posts are recorded first (a
 * run repeated after a crash or on a second replica records nothing new), then each is claimed,
 * sent and marked. A platform that fails gets the post again later, with growing pauses, until it
 * takes it; the post-delivery job picks up whatever is due.
 */
@Service
public class ScheduledPosts {

  private static final Logger log = LoggerFactory.getLogger(ScheduledPosts.class);

  /** Long enough for an upload; a claim older than this was lost with its replica. */
  static final Duration LEASE = Duration.ofMinutes(5);

  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  private static final Duration LONGEST_RETRY = Duration.ofHours(1);
  private static final int BATCH = 50;

  private final PostStore store;
  private final ObjectProvider<ChannelPosting> platforms;
  private final CardThreads cards;
  private final Clock clock;

  ScheduledPosts(
      PostStore store, ObjectProvider<ChannelPosting> platforms, CardThreads cards, Clock clock) {
    this.store = store;
    this.platforms = platforms;
    this.cards = cards;
    this.clock = clock;
  }

  /**
   * Records {@code posts} as run {@code runKey} on every configured platform, then sends what is
   * due.
   *
   * @return how many posts were new (0 when this run was published before)
   */
  public int publish(String runKey, List<Post> posts) {
    Instant now = clock.instant();
    int added = 0;
    for (ChannelPosting platform : platforms.orderedStream().toList()) {
      for (int part = 0; part < posts.size(); part++) {
        if (store.add(runKey, platform.name(), part, posts.get(part), now)) {
          added++;
        }
      }
    }
    deliverDue();
    return added;
  }

  /** Sends every due post once; the failed ones are rescheduled. Returns how many went out. */
  public int deliverDue() {
    Instant now = clock.instant();
    int sent = 0;
    for (PostStore.Claimed claim : store.claimDue(now, now.plus(LEASE), BATCH)) {
      try {
        send(claim);
        store.posted(claim.id(), clock.instant());
        sent++;
      } catch (RuntimeException e) {
        Instant retryAt = clock.instant().plus(pause(claim.attempts()));
        log.warn(
            "Post {} of {} on {} failed (attempt {}), retried at {}: {}",
            claim.part(),
            claim.runKey(),
            claim.platform(),
            claim.attempts(),
            retryAt,
            e.getMessage());
        store.failed(claim.id(), String.valueOf(e.getMessage()), retryAt);
      }
    }
    return sent;
  }

  /** When the newest run of {@code job} before {@code before} was published, if any. */
  public Optional<Instant> lastRun(String job, Instant before) {
    return store.lastRunBefore(job, before);
  }

  private void send(PostStore.Claimed claim) {
    ChannelPosting platform =
        platforms
            .orderedStream()
            .filter(p -> p.name().equals(claim.platform()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException(claim.platform() + " is not configured now"));
    Post post = claim.post();
    Optional<MessageRef> card = Optional.empty();
    if (post.thread().isPresent()) {
      card =
          Optional.of(
              cards
                  .cardOf(post.thread().get(), platform.name())
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "summary " + post.thread().get() + " has no card here yet")));
    }
    ChatMessage message = message(post.lines());
    String key = claim.runKey() + "-" + claim.part();
    if (post.file().isPresent()) {
      platform.upload(card, post.file().get(), message, key);
    } else {
      platform.post(card, message, key);
    }
  }

  static ChatMessage message(List<String> lines) {
    ChatMessage.Builder builder = ChatMessage.builder();
    lines.forEach(builder::line);
    return builder.build();
  }

  static Duration pause(int attempts) {
    Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
    return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
  }
}
