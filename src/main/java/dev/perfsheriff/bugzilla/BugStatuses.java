package dev.perfsheriff.bugzilla;

import dev.perfsheriff.shared.SummaryId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The Bugzilla API of the bot: link bugs to summaries, refresh their status (the scheduler calls
 * {@link #refreshLinked()} daily), and read the stored status.
 */
@Service
public class BugStatuses {

  private final BugzillaClient client;
  private final LinkedBugs bugs;
  private final BugzillaProperties properties;
  private final Clock clock;

  BugStatuses(BugzillaClient client, LinkedBugs bugs, BugzillaProperties properties, Clock clock) {
    this.client = client;
    this.bugs = bugs;
    this.properties = properties;
    this.clock = clock;
  }

  public void link(SummaryId summary, long bugId) {
    bugs.link(summary, bugId);
  }

  /**
   * Links each summary's bug (e.g. the {@code bug_number} of polled summaries), then refreshes all.
   */
  public int refresh(Map<SummaryId, Long> bugOfSummary) {
    bugOfSummary.forEach(bugs::link);
    return refreshLinked();
  }

  /**
   * Reads the status of every linked bug from Bugzilla, in batches, and stores it.
   *
   * @return how many bugs Bugzilla returned
   * @throws BugzillaException when Bugzilla cannot be read; batches stored before stay stored
   */
  public int refreshLinked() {
    List<Long> ids = bugs.linkedBugIds();
    int refreshed = 0;
    for (int from = 0; from < ids.size(); from += properties.idsPerRequest()) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + properties.idsPerRequest()));
      for (BugStatus bug : client.statuses(batch, clock)) {
        bugs.save(bug);
        refreshed++;
      }
    }
    return refreshed;
  }

  public Optional<BugStatus> status(long bugId) {
    return bugs.find(bugId);
  }

  /** The stored statuses of the bugs linked to a summary (bugs never read yet are left out). */
  public List<BugStatus> statusesOf(SummaryId summary) {
    return bugs.bugIdsOf(summary).stream().flatMap(id -> bugs.find(id).stream()).toList();
  }
}
