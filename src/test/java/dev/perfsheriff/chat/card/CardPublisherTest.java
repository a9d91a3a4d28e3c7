package dev.perfsheriff.chat.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfsheriff.chat.port.AnnouncedCards;
import dev.perfsheriff.chat.port.FlakyChatPlatform;
import dev.perfsheriff.chat.port.MessageRef;
import dev.perfsheriff.chat.port.RecordingChatPlatform;
import dev.perfsheriff.chat.port.RecordingChatPlatform.Sent;
import dev.perfsheriff.shared.SummaryId;
import dev.perfsheriff.testsupport.PerfherderFixtures;
import dev.perfsheriff.workflow.domain.AlertSummary;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A card is announced once per platform, claimed first, and replaced whole afterwards. */
class CardPublisherTest {

  private final RecordingChatPlatform first = new RecordingChatPlatform("alpha");
  private final RecordingChatPlatform second = new RecordingChatPlatform("beta");
  private final ClaimTable claims = new ClaimTable();
  private final CardPublisher publisher =
      new CardPublisher(
          List.of(first, second),
          claims,
          new CardBuilder(new CardLinks(URI.create("https://treeherder.test")), 5));
  private final AlertSummary summary =
      PerfherderFixtures.first("alert_summary_with_one_regression.json");

  @Test
  void aNewSummaryIsAnnouncedOnEveryPlatformThenReplaced() {
    publisher.publish(summary, WorkflowFacts.initial(summary));
    publisher.publish(summary, WorkflowFacts.initial(summary));

    assertThat(first.sent).extracting(Sent::kind).containsExactly("announce", "replace");
    assertThat(second.sent).extracting(Sent::kind).containsExactly("announce", "replace");
    assertThat(first.sent.get(1).where()).isEqualTo(first.sent.get(0).where());
    assertThat(claims.cardOf(summary.id(), "beta")).isPresent();
  }

  @Test
  void aSummaryClaimedElsewhereIsNotAnnouncedAgain() {
    claims.claim(summary.id(), "alpha");

    publisher.publish(summary, WorkflowFacts.initial(summary));

    assertThat(first.sent).isEmpty();
    assertThat(second.sent).extracting(Sent::kind).containsExactly("announce");
  }

  @Test
  void aFailedAnnouncementFreesItsClaimAndSparesTheOtherPlatforms() {
    FlakyChatPlatform flaky = new FlakyChatPlatform("alpha");
    CardPublisher withFlaky =
        new CardPublisher(
            List.of(flaky, second),
            claims,
            new CardBuilder(new CardLinks(URI.create("https://treeherder.test")), 5));
    flaky.failNextAnnouncements(1);

    assertThatThrownBy(() -> withFlaky.publish(summary, WorkflowFacts.initial(summary)))
        .hasMessageContaining("alpha is unavailable");
    assertThat(second.sent).extracting(Sent::kind).containsExactly("announce");
    assertThat(claims.cardOf(summary.id(), "alpha")).isEmpty();

    withFlaky.publish(summary, WorkflowFacts.initial(summary));

    assertThat(flaky.posted.sent).extracting(Sent::kind).containsExactly("announce");
    assertThat(second.sent).extracting(Sent::kind).containsExactly("announce", "replace");
    assertThat(claims.cardOf(summary.id(), "alpha")).isPresent();
  }

  /** The announcement table's rule (a unique key per summary and platform), in memory. */
  private static final class ClaimTable implements AnnouncedCards {
    private final Set<String> claimed = new HashSet<>();
    private final Map<String, MessageRef> confirmed = new HashMap<>();

    @Override
    public boolean claim(SummaryId summary, String platform) {
      return claimed.add(summary + "/" + platform);
    }

    @Override
    public void confirm(SummaryId summary, String platform, MessageRef card) {
      confirmed.put(summary + "/" + platform, card);
    }

    @Override
    public void release(SummaryId summary, String platform) {
      if (!confirmed.containsKey(summary + "/" + platform)) {
        claimed.remove(summary + "/" + platform);
      }
    }

    @Override
    public Optional<MessageRef> cardOf(SummaryId summary, String platform) {
      return Optional.ofNullable(confirmed.get(summary + "/" + platform));
    }
  }
}
