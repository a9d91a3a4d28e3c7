package dev.perfsheriff.schedule.posts;

import dev.perfsheriff.chat.port.ChatFile;
import dev.perfsheriff.shared.SummaryId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a run posts on every platform: lines of text (spans in backticks render as code), and
 * optionally a file shared with the text as its comment.
 *
 * @param thread the summary whose card thread it goes into; empty for the channel itself
 */
public record Post(Optional<SummaryId> thread, List<String> lines, Optional<ChatFile> file) {

  public Post {
    Objects.requireNonNull(thread, "thread");
    lines = List.copyOf(lines);
    Objects.requireNonNull(file, "file");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a post needs text");
    }
  }

  public static Post inChannel(List<String> lines, ChatFile file) {
    return new Post(Optional.empty(), lines, Optional.ofNullable(file));
  }

  public static Post inThread(SummaryId summary, List<String> lines, ChatFile file) {
    return new Post(Optional.of(summary), lines, Optional.ofNullable(file));
  }
}
